package vn.cchc.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Inputs small on the wire but larger than any plan are refused before they cost the server much. */
class SourceLimitsTest {

    @Test
    void aTextOfMoreLinesThanAnyPlanIsRefusedWithItsCount() {
        byte[] text = "- Nhiệm vụ\n".repeat(SourceReader.MAX_LINES + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SourceReader.read(text, "dai.txt")).isInstanceOfSatisfying(ImportRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo("planimport.refused.tooManyLines");
            assertThat(e.args()).containsExactly(6001, 6000);
        });
    }

    @Test
    void aTextOfExactlyTheLimitIsRead() {
        byte[] text = "- Nhiệm vụ\n".repeat(SourceReader.MAX_LINES).getBytes(StandardCharsets.UTF_8);

        assertThat(SourceReader.read(text, "vua.txt").lines()).hasSize(6000);
    }

    @Test
    void aPdfOfMorePagesThanAnyPlanIsRefusedBeforeItsTextIsRead() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i <= PdfSource.MAX_PAGES; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            pdf = out.toByteArray();
        }

        assertThatThrownBy(() -> SourceReader.read(pdf, "dai.pdf")).isInstanceOfSatisfying(ImportRefused.class, e -> {
            assertThat(e.messageKey()).isEqualTo("planimport.refused.tooManyPages");
            assertThat(e.args()).containsExactly(301, 300);
        });
    }

    @Test
    void tablesNestedDeeperThanAnyPlanAreRefusedAsABrokenDocx() throws IOException {
        String cell = "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>";
        for (int depth = 0; depth <= DocxSource.MAX_NESTING + 1; depth++) {
            cell = "<w:tbl><w:tr><w:tc>" + cell + "<w:p/></w:tc></w:tr></w:tbl>";
        }
        byte[] docx = minimalDocx("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>" + cell + "<w:p/>");

        assertThatThrownBy(() -> SourceReader.read(docx, "long.docx")).isInstanceOfSatisfying(ImportRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.brokenDocx"));
    }

    @Test
    void tablesNestedAsPlansNestThemAreRead() throws IOException {
        String cell = "<w:p><w:r><w:t>quý I</w:t></w:r></w:p>";
        for (int depth = 0; depth < 2; depth++) {
            cell = "<w:tbl><w:tr><w:tc>" + cell + "<w:p/></w:tc></w:tr></w:tbl>";
        }
        byte[] docx = minimalDocx("<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>" + cell + "<w:p/>");

        assertThat(SourceReader.read(docx, "kh.docx").lines()).extracting(SourceLine::text)
                .containsExactly("KẾ HOẠCH", "quý I");
    }

    /** A DOCX of the three parts Word needs, with the body given. */
    private static byte[] minimalDocx(String body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType="
                    + "\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                    + "</w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
