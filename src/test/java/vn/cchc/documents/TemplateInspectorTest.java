package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What refuses an uploaded template, each problem named, and what a good edit looks like. */
class TemplateInspectorTest {

    private static final DocumentKind PLAN = DocumentKind.PLAN;

    @Test
    void theShippedDefaultPassesItsOwnCheck() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(TemplateInspector.inspect(kind, DefaultTemplates.of(kind))).as(kind.name()).isEmpty();
        }
    }

    @Test
    void aTemplateWithItsOwnWordingAndLayoutIsAccepted() {
        byte[] edited = TemplateEdits.withParagraph(PLAN, "Ghi chú của Sở Nội vụ: {{nam}}");
        assertThat(TemplateInspector.inspect(PLAN, edited)).isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        byte[] edited = TemplateEdits.withParagraph(PLAN, "Người soạn: {{nguoi_soan}}");
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, edited)))
                .containsExactly("documents.template.problem.unknown {{nguoi_soan}}");
    }

    @Test
    void aPlaceholderWrittenWithDiacriticsOrSpacesIsRefusedAsMalformed() {
        byte[] edited = TemplateEdits.withParagraph(PLAN, "{{số_ký_hiệu}} và {{ nam }} và {{ten xa}}");
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, edited))).contains(
                "documents.template.problem.malformed {{số_ký_hiệu}}",
                "documents.template.problem.malformed {{ten xa}}");
    }

    @Test
    void anUnclosedBlockIsRefusedAsUnreadable() {
        byte[] edited = TemplateEdits.withParagraph(PLAN, "{{?chi_tieu}} còn mở");
        assertThat(TemplateInspector.inspect(PLAN, edited)).extracting(TemplateProblem::messageKey)
                .containsExactly("documents.template.problem.unreadable");
    }

    @Test
    void aRowLoopOutsideATableAndAnUnknownRowFieldAreRefused() {
        byte[] outside = TemplateEdits.withParagraph(PLAN, "{{nhiem_vu}}");
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, outside)))
                .contains("documents.template.problem.loopOutsideTable {{nhiem_vu}}");
        byte[] badCell = TemplateEdits.edit(PLAN, doc -> doc.getTables().get(doc.getTables().size() - 1)
                .getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0).setText("[ket_qua]", 0));
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, badCell)))
                .containsExactly("documents.template.problem.unknownField [ket_qua] nhiem_vu");
    }

    @Test
    void aTemplateWithoutARequiredPlaceholderIsRefused() {
        byte[] edited = TemplateEdits.replacing(PLAN, "{{trich_yeu}}", "Kế hoạch CCHC");
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, edited)))
                .containsExactly("documents.template.problem.missing trich_yeu");
    }

    @Test
    void picturesAndOtherTagKindsAreRefused() {
        byte[] edited = TemplateEdits.withParagraph(PLAN, "{{@logo}}");
        assertThat(TemplateInspector.inspect(PLAN, edited)).extracting(TemplateProblem::messageKey)
                .containsExactly("documents.template.problem.unsupported");
    }

    @Test
    void aFileThatIsNotADocxIsRefusedWhateverItsName() {
        assertThat(TemplateInspector.inspect(PLAN, "%PDF-1.7 not a template".getBytes(StandardCharsets.UTF_8)))
                .extracting(TemplateProblem::messageKey).containsExactly("documents.template.problem.notDocx");
        byte[] zipButNotWord = new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThat(TemplateInspector.inspect(PLAN, zipButNotWord)).extracting(TemplateProblem::messageKey)
                .containsExactly("documents.template.problem.notDocx");
    }

    @Test
    void aTemplateThatUnpacksBeyondTwentyFiveMegabytesIsRefusedBeforePoiReadsIt() throws Exception {
        byte[] bomb = withPart(DefaultTemplates.of(PLAN), "word/media/empty.xml",
                new byte[(int) DocxPackageCheck.MAX_UNPACKED_BYTES]);
        assertThat(bomb.length).as("compressed it is small").isLessThan(200_000);
        assertThat(TemplateInspector.inspect(PLAN, bomb)).extracting(TemplateProblem::messageKey)
                .containsExactly("documents.template.problem.tooBig");
    }

    @Test
    void macrosOutsideLinksAndFieldsThatPullContentInAreRefused() throws Exception {
        byte[] macro = withPart(DefaultTemplates.of(PLAN), "word/vbaProject.bin", new byte[] {1, 2, 3});
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, macro)))
                .containsExactly("documents.template.problem.binaryPart word/vbaProject.bin");
        byte[] linked = withPart(DefaultTemplates.of(PLAN), "word/_rels/header9.xml.rels", ("<Relationships>"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/image\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/hyperlink\" Target=\"https://dichvucong.gov.vn\" TargetMode=\"External\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, linked)))
                .containsExactly("documents.template.problem.externalLink word/_rels/header9.xml.rels");
        byte[] include = TemplateEdits.edit(PLAN, doc -> doc.createParagraph().getCTP().addNewFldSimple()
                .setInstr(" INCLUDETEXT \"C:\\\\bi-mat.docx\" "));
        assertThat(keysAndArguments(TemplateInspector.inspect(PLAN, include)))
                .containsExactly("documents.template.problem.field INCLUDETEXT");
    }

    /** The DOCX with one more ZIP entry. */
    private static byte[] withPart(byte[] docx, String name, byte[] content) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> keysAndArguments(List<TemplateProblem> problems) {
        return problems.stream().map(p -> (p.messageKey() + " " + String.join(" ", p.arguments())).strip())
                .toList();
    }
}
