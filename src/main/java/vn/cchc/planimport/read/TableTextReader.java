package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.shared.SearchText;

/**
 * Reads appendix tables from text lines (PDF or pasted): a header ("STT Nhiệm vụ …", possibly wrapped over
 * several lines) gives the column order; then a row starts at its number alone on a line (or a number followed by
 * text when it is the next number in sequence), an area heading ("II CẢI CÁCH THỂ CHẾ") sets the area, the
 * header repeated at a page break is skipped, and the table ends at the next appendix or page heading. Each
 * row's lines are split into cells by {@link TableTextCells}; every item says it was split by guess (MEDIUM).
 */
final class TableTextReader {

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,3})\\.?$");
    private static final Pattern ROW_NUMBER_TEXT = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,3})\\.?\\s+(\\p{Lu}.*)$");
    private static final Pattern TABLE_END = Pattern.compile("^(phu luc\\b.*|uy ban nhan dan.*|cong hoa xa hoi chu nghia.*"
            + "|noi nhan:?.*|doc lap - tu do.*)$");

    private final List<SourceLine> lines;
    private final ReadContext context;
    private final List<DraftArea> areas = new ArrayList<>();
    private final List<DraftTask> tasks = new ArrayList<>();
    private final List<DraftTarget> targets = new ArrayList<>();

    TableTextReader(List<SourceLine> lines, ReadContext context) {
        this.lines = lines;
        this.context = context;
    }

    TableFindings read() {
        int i = 0;
        while (i < lines.size()) {
            int headerEnd = headerEnd(i);
            List<TableColumn> columns = headerEnd < 0 ? List.of() : columns(i, headerEnd);
            if (!TableHeader.isHeader(columns)) {
                i++;
                continue;
            }
            i = readTable(headerEnd + 1, columns);
        }
        return new TableFindings(areas, targets, tasks);
    }

    /** The last line of a header opening at {@code i}, or -1 when none opens there. */
    private int headerEnd(int i) {
        if (!TableHeader.opensHeader(text(i))) {
            return -1;
        }
        int end = i;
        while (end + 1 < lines.size() && TableHeader.isHeaderLine(text(end + 1))
                && !ROW_NUMBER.matcher(text(end + 1)).matches() && AppendixAreas.ofHeadingLine(text(end + 1)) == null) {
            end++;
        }
        return end;
    }

    private List<TableColumn> columns(int from, int to) {
        StringBuilder header = new StringBuilder();
        for (int i = from; i <= to; i++) {
            header.append(text(i)).append(' ');
        }
        return TableHeader.inOrder(header.toString());
    }

    /** Reads rows from {@code start} to the table's end; returns the line after it. */
    private int readTable(int start, List<TableColumn> columns) {
        boolean targetTable = !columns.contains(TableColumn.TITLE) && columns.contains(TableColumn.INDICATOR);
        List<TableColumn> cellColumns = columns.stream().filter(c -> c != TableColumn.NUMBER).toList();
        TableTextRow row = null;
        List<TableTextRow> rows = new ArrayList<>();
        List<String> rowAreas = new ArrayList<>();
        String area = null;
        String previousNumber = null;
        boolean numberedByArea = false;
        boolean ownOrder = false;
        int i = start;
        for (; i < lines.size(); i++) {
            String line = text(i);
            int repeated = headerEnd(i);
            List<TableColumn> named = repeated < 0 ? List.of() : columns(i, repeated);
            if (TableHeader.isHeader(named)) {
                if (!named.equals(columns)) {
                    break; // another table starts
                }
                if (row != null) {
                    row.pageBreak();
                }
                i = repeated;
                continue;
            }
            if (TABLE_END.matcher(SearchText.fold(line)).matches()) {
                break;
            }
            String areaCode = AppendixAreas.ofHeadingLine(line);
            boolean roman = areaCode != null && line.matches("^[IVX]+\\b.*");
            if (areaCode != null && (roman || (!areaCode.equals(area) && nextIsRow(i)))) {
                numberedByArea |= AppendixAreas.numbersByArea(line.split("[\\s.:)]")[0], areaCode);
                ownOrder |= AppendixAreas.numbersInOwnOrder(line.split("[\\s.:)]")[0], areaCode);
                keep(row, area, rows, rowAreas);
                row = null;
                area = areaCode;
                previousNumber = null;
                areas.add(new DraftArea(areaCode, line, LineSpan.of(lines.get(i).number())));
                continue;
            }
            Matcher alone = ROW_NUMBER.matcher(line);
            Matcher withText = ROW_NUMBER_TEXT.matcher(line);
            if (alone.matches() && !alone.group(1).matches("\\d{4}")) {
                keep(row, area, rows, rowAreas);
                row = new TableTextRow(alone.group(1), lines.get(i).number());
                previousNumber = alone.group(1);
            } else if (withText.matches() && TableTextRow.follows(previousNumber, withText.group(1))) {
                keep(row, area, rows, rowAreas);
                row = new TableTextRow(withText.group(1), lines.get(i).number());
                row.add(withText.group(2), lines.get(i).number());
                previousNumber = withText.group(1);
            } else if (row != null) {
                row.add(line, lines.get(i).number());
            }
        }
        keep(row, area, rows, rowAreas);
        int[] widths = widths(rows, cellColumns);
        for (int r = 0; r < rows.size(); r++) {
            String byNumber = numberedByArea && !ownOrder ? AppendixAreas.byOrdinal(rows.get(r).number()) : null;
            emit(rows.get(r), byNumber != null ? byNumber : rowAreas.get(r), targetTable, cellColumns, widths);
        }
        return i;
    }

    private static void keep(TableTextRow row, String area, List<TableTextRow> rows, List<String> areas) {
        if (row != null && !row.isEmpty()) {
            rows.add(row);
            areas.add(area);
        }
    }

    /** Each column's usual line width in this table: the median width of its wrapped cells, 0 when unknown. */
    private static int[] widths(List<TableTextRow> rows, List<TableColumn> columns) {
        List<List<Integer>> measured = new ArrayList<>();
        columns.forEach(c -> measured.add(new ArrayList<>()));
        rows.forEach(row -> row.measure(columns, measured));
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            List<Integer> list = measured.get(c);
            if (list.size() >= 5) {
                widths[c] = list.stream().sorted().toList().get(list.size() / 2);
            }
        }
        return widths;
    }

    private boolean nextIsRow(int i) {
        if (i + 1 >= lines.size()) {
            return true;
        }
        String next = text(i + 1);
        Matcher withText = ROW_NUMBER_TEXT.matcher(next);
        return ROW_NUMBER.matcher(next).matches() || AppendixAreas.ofHeadingLine(next) != null
                || withText.matches();
    }

    private void emit(TableTextRow row, String area, boolean targetTable, List<TableColumn> columns, int[] widths) {
        if (targetTable) {
            targets.addAll(row.targets(area, columns, context));
        } else {
            DraftTask task = row.task(area, columns, widths, context);
            if (task != null) {
                tasks.add(task);
            }
        }
    }

    private String text(int i) {
        return lines.get(i).text();
    }
}
