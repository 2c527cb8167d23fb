package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each shipped template filled with its sample data and printed by LibreOffice (skipped where it is not installed):
 * the expected number of A4 pages, and only Times New Roman or its metric twin Liberation Serif, which Debian's
 * fontconfig puts in its place. {@code -Dcchc.docs.png=true} also refreshes docs/documents/&lt;kind&gt;-page1.png
 * and leaves the whole PDF in target/documents/ for a reviewer.
 */
class DefaultTemplatesPdfTest {

    /** Pages of each sample: the body on one page, then one landscape page per appendix or annex. */
    private static final Map<DocumentKind, Integer> PAGES = Map.of(
            DocumentKind.PLAN, 3,
            DocumentKind.APOLOGY_LETTER, 1,
            DocumentKind.PAR_SELF_ASSESSMENT, 1,
            DocumentKind.PERIODIC_REPORT, 6);

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void theDefaultTemplatePrintsOnA4InTimesNewRoman(DocumentKind kind) throws java.io.IOException {
        PdfConverter soffice = new PdfConverter("", Duration.ofSeconds(120), work);
        assumeTrue(soffice.available(), "LibreOffice (soffice) is not installed");

        byte[] pdf = soffice.toPdf(DocxRenderer.render(kind.vocabulary(), DefaultTemplates.of(kind), kind.sample()));

        assertThat(PdfPages.pageCount(pdf)).as(kind.name()).isEqualTo(PAGES.get(kind));
        assertThat(PdfPages.fontNames(pdf)).isNotEmpty().allMatch(PdfPages::isTimesNewRoman);
        float[] a4 = PdfPages.pageSize(pdf, 0);
        assertThat(Math.round(a4[0] / 72 * 25.4)).isEqualTo(210);
        assertThat(Math.round(a4[1] / 72 * 25.4)).isEqualTo(297);
        assertThat(PdfPages.pageText(pdf, 0)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        if (Boolean.getBoolean("cchc.docs.png")) {
            PdfPages.saveFirstPagePng(pdf, Path.of("docs/documents", kind.slug() + "-page1.png"), 60);
            java.nio.file.Files.createDirectories(Path.of("target/documents"));
            java.nio.file.Files.write(Path.of("target/documents", kind.slug() + ".pdf"), pdf);
        }
    }
}
