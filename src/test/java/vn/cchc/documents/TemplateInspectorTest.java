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
                .containsExactly("documents.template.problem.unreadable");
    }

    private static List<String> keysAndArguments(List<TemplateProblem> problems) {
        return problems.stream().map(p -> (p.messageKey() + " " + String.join(" ", p.arguments())).strip())
                .toList();
    }
}
