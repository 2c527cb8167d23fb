package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.shared.SearchText;

/**
 * The lines of one numbered row of a table read from text, and what they make: a task, or targets. A target row
 * that lists several indicators each with its threshold ("7.2" followed by "Tỷ lệ … 100%", "Tỷ lệ … 80%" …)
 * gives one target per indicator, numbered "7.2.1", "7.2.2"; their unit cells, written once, are shared.
 */
final class TableTextRow {

    private final String number;
    private final int firstLine;
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> lineNumbers = new ArrayList<>();
    private int pageBreak = -1;

    TableTextRow(String number, int firstLine) {
        this.number = number;
        this.firstLine = firstLine;
    }

    String number() {
        return number;
    }

    /** True when {@code next} is the number that may follow {@code previous}: 1.2 → 1.3, 1.2.1, 2. */
    static boolean follows(String previous, String next) {
        if (previous == null) {
            return next.equals("1") || next.equals("1.1");
        }
        String[] parts = previous.split("\\.");
        List<String> candidates = new ArrayList<>();
        candidates.add(previous + ".1");
        for (int level = parts.length - 1; level >= 0; level--) {
            StringBuilder prefix = new StringBuilder();
            for (int j = 0; j < level; j++) {
                prefix.append(parts[j]).append('.');
            }
            candidates.add(prefix.toString() + (Integer.parseInt(parts[level]) + 1));
        }
        return candidates.contains(next);
    }

    void add(String text, int lineNumber) {
        texts.add(text);
        lineNumbers.add(lineNumber);
    }

    /** The table's header was repeated here (a page break): lines after it may continue any cell. */
    void pageBreak() {
        pageBreak = texts.size();
    }

    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The row's lines less a cell's end carried over a page break (returned apart: it is not in cell order). */
    private record Parts(List<String> main, String orphan) {
    }

    private Parts parts() {
        List<String> main = new ArrayList<>(texts);
        String orphan = null;
        if (pageBreak > 0 && pageBreak < texts.size()
                && !TableTextCells.opensBlock(texts.get(pageBreak), texts.get(pageBreak - 1))
                && Character.isLowerCase(texts.get(pageBreak).charAt(0))) {
            int end = pageBreak + 1;
            while (end < texts.size() && !TableTextCells.opensBlock(texts.get(end), texts.get(end - 1))) {
                end++;
            }
            orphan = String.join(" ", texts.subList(pageBreak, end));
            main.subList(pageBreak, end).clear();
        }
        return new Parts(main, orphan);
    }

    /** Adds the widths of this row's wrapped blocks to their columns' lists (for the table's width profile). */
    void measure(List<TableColumn> columns, List<List<Integer>> widths) {
        List<String> main = parts().main();
        List<List<Integer>> blocks = TableTextCells.blocks(main);
        int[] assigned = new int[blocks.size()];
        TableTextCells.split(main, blocks, columns, new int[columns.size()], assigned);
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).size() >= 2) {
                widths.get(assigned[b]).add(TableTextCells.width(main, blocks.get(b)));
            }
        }
    }

    DraftTask task(String area, List<TableColumn> columns, int[] widths, ReadContext context) {
        Parts parts = parts();
        List<String> main = parts.main();
        String orphan = parts.orphan();
        if (main.isEmpty()) {
            return null;
        }
        Map<TableColumn, String> cells = TableTextCells.split(main, TableTextCells.blocks(main), columns, widths, null);
        if (orphan != null) {
            // the wrapped end of a cell carried to the next page: it continues the cell left unfinished
            TableColumn unfinished = TableColumn.TITLE;
            for (TableColumn column : columns) {
                String text = cells.get(column);
                if (text != null && !text.matches(".*[.;:)]$") && unfinished(text)) {
                    unfinished = column;
                    break;
                }
            }
            cells.merge(unfinished, orphan, (a, b) -> a + " " + b);
        }
        if (cells.size() == 1 && cells.containsKey(TableColumn.TITLE)) {
            return null; // a group row heading the numbered rows below it
        }
        return AppendixRows.task(area, number, cells, span(-1, texts.size()), true, context);
    }

    List<DraftTarget> targets(String area, List<TableColumn> columns, ReadContext context) {
        List<List<Integer>> blocks = TableTextCells.blocks(texts);
        List<List<List<Integer>>> segments = new ArrayList<>();
        segments.add(new ArrayList<>());
        boolean seenThreshold = false;
        boolean bulleted = false; // a threshold cell listing "- …" items: its next bullet is in the same cell
        for (List<Integer> block : blocks) {
            String text = TableTextCells.text(texts, block);
            boolean unit = AppendixUnits.startsWithUnit(text);
            boolean threshold = !unit && TableTextCells.looksLikeThreshold(text);
            boolean bulletGoesOn = text.startsWith("-") && bulleted;
            bulleted = text.startsWith("-") && (threshold || bulletGoesOn);
            if (seenThreshold && !threshold && !unit && !bulletGoesOn) {
                segments.add(new ArrayList<>());
                seenThreshold = false;
            }
            seenThreshold |= threshold && !segments.get(segments.size() - 1).isEmpty();
            segments.get(segments.size() - 1).add(block);
        }
        List<DraftTarget> found = new ArrayList<>();
        Map<TableColumn, String> shared = null;
        for (int s = 0; s < segments.size(); s++) {
            List<List<Integer>> segment = segments.get(s);
            if (segments.size() > 1 && s == 0 && segment.size() > 2 && !firstIsThreshold(segment.get(1))) {
                segment = segment.subList(1, segment.size()); // "7.2 Nâng cao …" labels the indicators below it
            }
            Map<TableColumn, String> cells = TableTextCells.split(texts, segment, columns);
            boolean units = cells.keySet().stream().anyMatch(TableColumn::holdsUnits);
            boolean inherits = !units && shared != null;
            if (inherits) {
                shared.forEach((column, text) -> {
                    if (column.holdsUnits()) {
                        cells.putIfAbsent(column, text);
                    }
                });
            }
            if (units && shared == null) {
                shared = cells;
            }
            if (!cells.containsKey(TableColumn.THRESHOLD) && !units) {
                continue; // a group row with neither threshold nor unit
            }
            String code = segments.size() > 1 ? number + "." + (s + 1) : number;
            int first = segment.get(0).get(0);
            List<Integer> lastBlock = segment.get(segment.size() - 1);
            // a target sharing the units written once above it points at those lines too
            found.addAll(AppendixRows.targets(area, code, cells, span(s == 0 || inherits ? -1 : first,
                    lastBlock.get(lastBlock.size() - 1) + 1), true, context));
        }
        return found;
    }

    private boolean firstIsThreshold(List<Integer> block) {
        return TableTextCells.looksLikeThreshold(TableTextCells.text(texts, block));
    }

    private static boolean unfinished(String text) {
        String folded = SearchText.fold(text).strip();
        return folded.matches(".*(,|–|-| va| cua| cac| ve| doi| voi| trong| theo| tai| cho| duoc| nhung| de| tu| co"
                + "| la| thuoc| xu| cac| ban| hanh| nha)$");
    }

    /** Lines {@code from} (index, -1 for the number line) to {@code to} (exclusive index) as a span. */
    private LineSpan span(int from, int to) {
        int first = from < 0 ? firstLine : lineNumbers.get(from);
        int last = to <= 0 ? firstLine : lineNumbers.get(to - 1);
        return new LineSpan(Math.min(first, last), Math.max(first, last));
    }
}
