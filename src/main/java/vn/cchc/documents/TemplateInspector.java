package vn.cchc.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Checks a template a province admin uploads before it replaces the default: a Word DOCX; every {{placeholder}}
 * known to the document's vocabulary and well formed; blocks closed; each table-row loop inside a table with a row
 * of known [field]s below its tag; the required placeholders present; and a trial render with sample data.
 */
final class TemplateInspector {

    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}");
    private static final Pattern WELL_FORMED = Pattern.compile("[?/@#*+>]?[A-Za-z0-9_.]+");
    private static final char TEXT = '\0';
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TemplateInspector.class);

    private TemplateInspector() {
    }

    static List<TemplateProblem> inspect(DocumentKind kind, byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return List.of(TemplateProblem.of("notDocx"));
        }
        List<TemplateProblem> packaging = DocxPackageCheck.check(content);
        if (!packaging.isEmpty()) {
            return packaging;
        }
        TemplateVocabulary vocabulary = kind.vocabulary();
        List<TemplateProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(content),
                DocxRenderer.configure(vocabulary))) {
            malformed(compiled, problems);
            walk(compiled.getElementTemplates(), vocabulary, seen, problems);
        } catch (Exception | LinkageError e) {
            // The library's message may name internal classes and paths: logged, not shown.
            LOG.info("template refused as unreadable", e);
            return List.of(TemplateProblem.of("unreadable"));
        }
        vocabulary.required().stream().filter(name -> !seen.contains(name))
                .forEach(name -> problems.add(TemplateProblem.of("missing", name)));
        if (problems.isEmpty()) {
            try {
                DocxRenderer.render(vocabulary, content, kind.sample());
            } catch (RuntimeException e) {
                LOG.info("template refused: trial render failed", e);
                problems.add(TemplateProblem.of("renderFailed"));
            }
        }
        return problems;
    }

    /** Text that looks like a placeholder but is not one poi-tl reads (diacritics, spaces, other signs). */
    private static void malformed(XWPFTemplate compiled, List<TemplateProblem> problems) {
        String text = new XWPFWordExtractor(compiled.getXWPFDocument()).getText();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (!WELL_FORMED.matcher(m.group(1).strip()).matches()) {
                problems.add(TemplateProblem.of("malformed", m.group()));
            }
        }
    }

    private static void walk(List<MetaTemplate> templates, TemplateVocabulary vocabulary, Set<String> seen,
                             List<TemplateProblem> problems) {
        for (MetaTemplate template : templates) {
            if (template instanceof IterableTemplate block) {
                String name = block.getStartMark().getTagName();
                TemplateVocabulary inside = vocabulary.blockVocabulary(name);
                seen.add(name);
                if (inside == null) {
                    problems.add(TemplateProblem.of("unknownBlock", name));
                } else {
                    walk(block.getTemplates(), inside, seen, problems);
                }
            } else if (template instanceof ElementTemplate element) {
                element(element, vocabulary, seen, problems);
            }
        }
    }

    private static void element(ElementTemplate element, TemplateVocabulary vocabulary, Set<String> seen,
                                List<TemplateProblem> problems) {
        String name = element.getTagName();
        Character sign = element.getSign();
        if (sign != null && sign != TEXT) {
            problems.add(TemplateProblem.of("unsupported", element.getSource()));
            return;
        }
        seen.add(name);
        Set<String> rowFields = vocabulary.rowFields(name);
        if (rowFields != null && element instanceof RunTemplate run) {
            rowLoop(name, run, rowFields, problems);
        } else if (!vocabulary.hasField(name)) {
            problems.add(TemplateProblem.of("unknown", element.getSource()));
        }
    }

    private static void rowLoop(String loop, RunTemplate tag, Set<String> rowFields, List<TemplateProblem> problems) {
        XWPFTableRow tagRow;
        try {
            tagRow = RowLoopPolicy.rowOf(tag.getRun());
        } catch (IllegalStateException e) {
            problems.add(TemplateProblem.of("loopOutsideTable", "{{" + loop + "}}"));
            return;
        }
        XWPFTable table = tagRow.getTable();
        int below = table.getRows().indexOf(tagRow) + 1;
        if (below >= table.getRows().size()) {
            problems.add(TemplateProblem.of("loopWithoutRow", "{{" + loop + "}}"));
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        table.getRow(below).getTableCells().forEach(cell -> {
            Matcher m = RowLoopPolicy.FIELD.matcher(cell.getText());
            while (m.find()) {
                used.add(m.group(1));
            }
        });
        if (used.isEmpty()) {
            problems.add(TemplateProblem.of("loopWithoutRow", "{{" + loop + "}}"));
        }
        used.stream().filter(field -> !rowFields.contains(field))
                .forEach(field -> problems.add(TemplateProblem.of("unknownField", "[" + field + "]", loop)));
    }
}
