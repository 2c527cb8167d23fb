package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOCX to PDF with LibreOffice. The conversions need soffice and are skipped where it is missing; the failures
 * (missing, broken, too slow, failing) use small shell scripts in its place.
 */
class PdfConverterTest {

    private static final String NO_SOFFICE = "LibreOffice (soffice) is not installed: PDF conversion not tested";

    @TempDir
    Path work;
    @TempDir
    Path bin;

    @Test
    void aTwoPageA4DocxBecomesATwoPageA4PdfInTimesNewRomanWithItsVietnameseText() {
        PdfConverter converter = real();

        byte[] pdf = converter.toPdf(SampleDocx.twoPagesA4());

        assertThat(PdfPages.pageCount(pdf)).isEqualTo(2);
        assertThat(PdfPages.pageSize(pdf, 0)).containsExactly(new float[] {595.3f, 841.9f}, withinHalfPoint());
        // Times New Roman, or Liberation Serif where the server has no Microsoft fonts (see PdfPages); no fallback
        // font for a Vietnamese letter the font lacks.
        assertThat(PdfPages.fontNames(pdf)).isNotEmpty().allMatch(PdfPages::isTimesNewRoman);
        assertThat(PdfPages.text(pdf)).contains(SampleDocx.NATIONAL_TITLE, SampleDocx.SECOND_PAGE);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void pageOneRendersAsAnA4PictureWithText() {
        byte[] pdf = real().toPdf(SampleDocx.twoPagesA4());

        var png = PdfPages.firstPage(pdf, 50);

        assertThat(png.getWidth()).isCloseTo(413, within(1)); // 210 × 297 mm at 50 dpi
        assertThat(png.getHeight()).isCloseTo(585, within(1));
        boolean dark = false;
        for (int y = 0; y < png.getHeight() && !dark; y++) {
            for (int x = 0; x < png.getWidth() && !dark; x++) {
                dark = (png.getRGB(x, y) & 0xff) < 100;
            }
        }
        assertThat(dark).as("some text is drawn").isTrue();
    }

    @Test
    void twoConversionsAtOnceBothSucceedEachOnItsOwnProfile() {
        PdfConverter converter = real();
        byte[] docx = SampleDocx.twoPagesA4();

        var first = CompletableFuture.supplyAsync(() -> converter.toPdf(docx));
        var second = CompletableFuture.supplyAsync(() -> converter.toPdf(docx));

        assertThat(List.of(first.join(), second.join())).allMatch(pdf -> PdfPages.pageCount(pdf) == 2);
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void withoutLibreOfficeThePdfIsRefusedWith503SayingWhatIsMissing() {
        PdfConverter converter = new PdfConverter("/nonexistent/soffice", Duration.ofSeconds(60), work);

        assertThat(converter.available()).isFalse();
        assertThat(converter.unavailableReason()).isEqualTo("documents.pdf.notFound");
        assertThatThrownBy(() -> converter.toPdf(SampleDocx.twoPagesA4()))
                .isInstanceOfSatisfying(PdfUnavailable.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.messageKey()).isEqualTo("documents.pdf.notFound");
                });
    }

    @Test
    void aLibreOfficeThatDoesNotStartIsReportedAsBroken() throws IOException {
        Path soffice = script("broken-soffice", "echo 'cannot open shared object file' >&2; exit 127");

        PdfConverter converter = new PdfConverter(soffice.toString(), Duration.ofSeconds(60), work);

        assertThat(converter.available()).isFalse();
        assertThat(converter.unavailableReason()).isEqualTo("documents.pdf.broken");
    }

    @Test
    void aConversionPastTheTimeoutKillsLibreOfficeWithItsChildrenAnd503sLeavingNoFiles() throws Exception {
        Path soffice = script("slow-soffice",
                versionOk() + "sleep 300 &\necho $! > \"$(dirname \"$0\")/child.pid\"\nwait");
        PdfConverter converter = new PdfConverter(soffice.toString(), Duration.ofSeconds(1), work);
        assertThat(converter.available()).isTrue();

        assertThatThrownBy(() -> converter.toPdf(SampleDocx.twoPagesA4()))
                .isInstanceOfSatisfying(PdfUnavailable.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.messageKey()).isEqualTo("documents.pdf.timeout");
                    assertThat(e.args()).containsExactly(1L);
                });

        long child = Long.parseLong(Files.readString(soffice.resolveSibling("child.pid")).strip());
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).as("the soffice child process").isEmpty();
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aDocumentLibreOfficeCannotConvertAnswers500AndLeavesNoFiles() throws IOException {
        Path soffice = script("failing-soffice", versionOk() + "echo 'Error: source file could not be loaded'");
        PdfConverter converter = new PdfConverter(soffice.toString(), Duration.ofSeconds(60), work);

        assertThatThrownBy(() -> converter.toPdf(new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(PdfUnavailable.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.messageKey()).isEqualTo("documents.pdf.failed");
                });
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void withoutASettingSofficeOrElseLibreofficeIsFoundOnThePath() throws IOException {
        Path libreoffice = Files.writeString(bin.resolve("libreoffice"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(libreoffice, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(Soffice.locate("", "/nonexistent:" + bin)).contains(libreoffice);
        assertThat(Soffice.locate(" ", "/nonexistent")).isEmpty();
        assertThat(Soffice.locate("soffice", bin.toString())).isEmpty();
    }

    private PdfConverter real() {
        PdfConverter converter = new PdfConverter("", Duration.ofSeconds(120), work);
        assumeTrue(converter.available(), NO_SOFFICE);
        return converter;
    }

    private static String versionOk() {
        return "for a in \"$@\"; do [ \"$a\" = --version ] && { echo 'LibreOffice test'; exit 0; }; done\n";
    }

    /** An executable shell script outside the work directory (which must end up empty). */
    private Path script(String name, String body) throws IOException {
        Path file = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static Offset<Float> withinHalfPoint() {
        return Offset.offset(0.5f);
    }
}
