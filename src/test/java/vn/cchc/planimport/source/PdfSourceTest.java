package vn.cchc.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfSourceTest {

    @Test
    void aPdfTextLayerIsReadLineByLineInContentOrder() throws IOException {
        byte[] pdf = pdf(null, "KE HOACH cai cach hanh chinh", "Phu luc");

        SourceDocument doc = SourceReader.read(pdf, "kehoach.pdf");

        assertThat(doc.kind()).isEqualTo(SourceKind.PDF);
        assertThat(doc.lines()).extracting(SourceLine::text).containsExactly("KE HOACH cai cach hanh chinh", "Phu luc");
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws IOException {
        byte[] scan = pdf(null);

        assertThatThrownBy(() -> SourceReader.read(scan, "scan.pdf"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.scannedPdf"));
    }

    @Test
    void aPasswordProtectedPdfIsRefusedClearly() throws IOException {
        byte[] locked = pdf("secret", "KE HOACH");

        assertThatThrownBy(() -> SourceReader.read(locked, "khoa.pdf"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.encryptedPdf"));
    }

    @Test
    void aBrokenPdfIsRefusedNotThrown() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SourceReader.read(broken, "hong.pdf"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.brokenPdf"));
    }

    private static byte[] pdf(String userPassword, String... lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLineAtOffset(0, -20);
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                document.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
