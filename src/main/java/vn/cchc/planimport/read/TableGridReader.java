package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.SourceTable;

/**
 * Reads a real (DOCX) table: finds the header row by its words (a second header row under a merged "Trách
 * nhiệm cụ thể" refines the first), then reads each row: an area row (its only text a heading that names a
 * reform area) sets the area; a task row becomes a task, or in a target table (a "Chỉ tiêu" column and no task
 * column) one target per threshold. A target row without a number continues the numbered row above it
 * ("7.2" → "7.2.1", "7.2.2"), and takes its responsible unit when its own cell is empty (merged cells).
 */
final class TableGridReader {

    private final ReadContext context;
    private final List<DraftArea> areas = new ArrayList<>();
    private final List<DraftTask> tasks = new ArrayList<>();
    private final List<DraftTarget> targets = new ArrayList<>();

    TableGridReader(ReadContext context) {
        this.context = context;
    }

    TableFindings findings() {
        return new TableFindings(areas, targets, tasks);
    }

    void read(SourceTable table) {
        List<SourceTable.Row> rows = table.rows();
        int header = headerRow(rows);
        if (header < 0) {
            return;
        }
        List<TableColumn> columns = new ArrayList<>(TableHeader.ofCells(rows.get(header).cells()));
        int first = header + 1;
        if (first < rows.size() && refinesHeader(rows.get(first), columns)) {
            List<TableColumn> second = TableHeader.ofCells(rows.get(first).cells());
            for (int i = 0; i < second.size() && i < columns.size(); i++) {
                if (second.get(i) != TableColumn.UNKNOWN) {
                    columns.set(i, second.get(i));
                }
            }
            first++;
        }
        boolean targetTable = !columns.contains(TableColumn.TITLE) && columns.contains(TableColumn.INDICATOR);
        boolean numberedByArea = false;
        boolean ownOrder = false;
        for (SourceTable.Row row : rows.subList(first, rows.size())) {
            Map<TableColumn, String> cells = cells(row, columns);
            String number = cells.remove(TableColumn.NUMBER);
            if (cells.size() == 1 && number != null) {
                String code = AppendixAreas.ofRow(number, cells.values().iterator().next());
                numberedByArea |= AppendixAreas.numbersByArea(number, code);
                ownOrder |= AppendixAreas.numbersInOwnOrder(number.replaceAll("[.:)]$", ""), code);
            }
        }
        numberedByArea &= !ownOrder;
        String area = null;
        String parentCode = null;
        String parentResponsible = null;
        int parentResponsibleLine = 0;
        int subRow = 0;
        for (SourceTable.Row row : rows.subList(first, rows.size())) {
            Map<TableColumn, String> cells = cells(row, columns);
            if (isHeader(row)) {
                continue; // a header repeated at a page break
            }
            String number = cells.remove(TableColumn.NUMBER);
            String subject = cells.getOrDefault(TableColumn.TITLE, cells.get(TableColumn.INDICATOR));
            if (cells.size() == 1) { // a heading spanning the table starts in its second column, whatever that is
                subject = cells.values().iterator().next();
                String code = AppendixAreas.ofRow(number, subject);
                if (code != null) {
                    area = code;
                    areas.add(new DraftArea(code, subject, LineSpan.of(row.line())));
                    continue;
                }
                if (targetTable) { // a group row ("7.2 Nâng cao chất lượng …") heading the rows below it
                    parentCode = number;
                    subRow = 0;
                }
                continue;
            }
            if (subject == null) {
                continue;
            }
            LineSpan span = LineSpan.of(row.line());
            String rowArea = numberedByArea && AppendixAreas.byOrdinal(number) != null ? AppendixAreas.byOrdinal(number) : area;
            if (targetTable) {
                if (number == null && parentCode != null) {
                    number = parentCode + "." + (++subRow);
                    if (!cells.containsKey(TableColumn.RESPONSIBLE) && parentResponsible != null) {
                        cells.put(TableColumn.RESPONSIBLE, parentResponsible);
                        span = new LineSpan(parentResponsibleLine, row.line()); // the merged cell's text is there
                    }
                } else {
                    parentCode = number;
                    subRow = 0;
                }
                if (cells.containsKey(TableColumn.RESPONSIBLE) && span.first() == row.line()) {
                    parentResponsible = cells.get(TableColumn.RESPONSIBLE);
                    parentResponsibleLine = row.line();
                }
                targets.addAll(AppendixRows.targets(rowArea, number, cells, span, false, context));
            } else {
                tasks.add(AppendixRows.task(rowArea, number, cells, span, false, context));
            }
        }
    }

    private static int headerRow(List<SourceTable.Row> rows) {
        for (int i = 0; i < rows.size() && i < 5; i++) {
            if (isHeader(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A header row: its cells are header words only, and name a task or target table's columns. */
    private static boolean isHeader(SourceTable.Row row) {
        return row.cells().stream().allMatch(c -> c.isBlank() || TableHeader.isHeaderLine(c))
                && TableHeader.isHeader(TableHeader.ofCells(row.cells()));
    }

    /** A second header row: no number, and it names columns the first row left unknown or only grouped. */
    private static boolean refinesHeader(SourceTable.Row row, List<TableColumn> columns) {
        List<TableColumn> second = TableHeader.ofCells(row.cells());
        for (int i = 0; i < second.size() && i < columns.size(); i++) {
            if (second.get(i) != TableColumn.UNKNOWN && second.get(i) != columns.get(i)) {
                return second.get(i).holdsUnits() || columns.get(i) == TableColumn.UNKNOWN;
            }
        }
        return false;
    }

    private static Map<TableColumn, String> cells(SourceTable.Row row, List<TableColumn> columns) {
        Map<TableColumn, String> cells = new EnumMap<>(TableColumn.class);
        for (int i = 0; i < row.cells().size() && i < columns.size(); i++) {
            String text = row.cells().get(i).strip();
            TableColumn column = columns.get(i);
            if (!text.isEmpty() && column != TableColumn.UNKNOWN) {
                cells.merge(column, text, (a, b) -> a + " " + b);
            }
        }
        return cells;
    }
}
