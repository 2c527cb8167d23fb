package vn.cchc.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.run.RunTemplate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Repeats the table row below the one holding the loop's tag once per item, filling its [field]s, then drops the
 * template row. poi-tl's own row loop copies rows in a way POI 5.4 disconnects (XmlValueDisconnectedException from
 * the second item on), so the copy is done here on the XML, which both versions agree on.
 */
final class RowLoopPolicy implements RenderPolicy {

    static final Pattern FIELD = Pattern.compile("\\[([A-Za-z0-9_]+)]");

    @Override
    public void render(ElementTemplate element, Object data, XWPFTemplate template) {
        XWPFRun tag = ((RunTemplate) element).getRun();
        tag.setText("", 0);
        XWPFTableRow tagRow = rowOf(tag);
        XWPFTable table = tagRow.getTable();
        int templateIndex = table.getRows().indexOf(tagRow) + 1;
        XWPFTableRow templateRow = table.getRow(templateIndex);
        int position = templateIndex + 1;
        for (Object item : data instanceof List<?> list ? list : List.of()) {
            CTRow copy = table.getCTTbl().insertNewTr(position++);
            copy.set(templateRow.getCtRow());
            fill(new XWPFTableRow(copy, table), (Map<?, ?>) item);
        }
        table.removeRow(templateIndex);
    }

    static XWPFTableRow rowOf(XWPFRun run) {
        IBody body = ((XWPFParagraph) run.getParent()).getBody();
        if (body instanceof XWPFTableCell cell && cell.getTableRow() != null) {
            return cell.getTableRow();
        }
        throw new IllegalStateException("a row loop tag must be inside a table cell");
    }

    private static void fill(XWPFTableRow row, Map<?, ?> item) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
                String text = paragraph.getText();
                if (text.indexOf('[') >= 0) {
                    rewrite(paragraph, substitute(text, item));
                }
            }
        }
    }

    static String substitute(String text, Map<?, ?> item) {
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = item.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The paragraph's text becomes {@code text} in its first run's style; line feeds become line breaks. */
    private static void rewrite(XWPFParagraph paragraph, String text) {
        List<XWPFRun> runs = paragraph.getRuns();
        XWPFRun first = runs.get(0);
        for (int i = runs.size() - 1; i > 0; i--) {
            paragraph.removeRun(i);
        }
        String[] lines = text.split("\n", -1);
        first.setText(lines[0], 0);
        for (int i = 1; i < lines.length; i++) {
            first.addBreak();
            first.setText(lines[i]);
        }
    }
}
