package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * Splits the lines of one table row, as PDF extraction gives them (cell after cell, each cell's wrapped lines
 * together), back into cells. Lines are first joined into blocks — a line opening with a lower-case word, an
 * acronym, or after a line ending in "–", "&" or "," continues the block before — then the blocks are given to
 * the header's columns in order, choosing the split that best fits what each column holds: deadline-looking
 * words for the deadline, unit names for the lead and coordinators, a number or "%" for a threshold.
 */
final class TableTextCells {

    private static final Pattern DEADLINE = Pattern.compile("^(truoc|trong |thuong xuyen|hang (nam|thang|quy|tuan)|"
            + "dinh ky|ca nam|nam \\d{4}|thang \\d|quy [ivx1-4]|theo |sau khi|ban hanh ke hoach|thuc hien:|den |"
            + "tu (ngay|thang|nam)|cham nhat|han |\\d{1,2}/\\d{1,2}|\\d{4}\\b|giai doan|khi co|lien tuc|kip thoi|"
            + "dot xuat|ngay \\d|tuy theo|6 thang|nam 20|\\d{1,3} ngay)");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}|thang \\d{1,2}\\b|quy [ivx]+\\b");
    private static final Pattern THRESHOLD = Pattern.compile(
            "^[-+•]?\\s*(toi thieu|toi da|tren|duoi|it nhat|tu |dat|khong|giam|tang|theo|hoan thanh|[≥≤><=]|\\d)");
    private static final Pattern PERCENT = Pattern.compile("\\d+([.,]\\d+)?\\s*%");
    private static final Pattern PRODUCT = Pattern.compile("^[-+•]?\\s*(quyet dinh|ke hoach|bao cao|van ban|de an|"
            + "phuong an|to trinh|cong van|huong dan|thong bao|chuong trinh|hoi nghi|to chuc hoi nghi|quy che|"
            + "quy dinh|danh muc|tin, bai|bai viet|ket qua|100%|\\d+%)");
    /** "100% hồ sơ …": a cell stating a share opens with it, so such a line starts a block. */
    private static final Pattern PERCENT_FIRST = Pattern.compile("^\\d{1,3}([.,]\\d+)?\\s?%\\s+\\p{L}.*");
    private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}Đ&]{2,}\\b.*");
    private static final Pattern CONTINUES = Pattern.compile(".*[–&/(-]$");
    private static final Pattern LINKING_WORD = Pattern.compile(".*( va| cua| cac| ve| doi| voi| trong| theo| tai| cho|"
            + " duoc| nhung| de| tu| co| la| ke| tren| thuoc| ngay| so| nam| thang| quy)$");
    private static final Pattern ANSWER = Pattern.compile("^(khong co|co|khong)$");
    private static final Pattern BARE_UNIT_WORD = Pattern.compile("^[-+•]?\\s*(van phong|trung tam|phong|ban|to|uy ban)$");

    private static final double SOFT_BOUNDARY = 2.5;

    private TableTextCells() {
    }

    /**
     * Lines joined into blocks: each block is a list of line indexes into {@code lines}. A block opening with an
     * acronym or a number ("TTHC …", "02 ngày …") is soft: it more often continues the cell before, so starting a
     * new cell there costs the split {@link #SOFT_BOUNDARY}.
     */
    static List<List<Integer>> blocks(List<String> lines) {
        List<List<Integer>> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || opensBlock(lines.get(i), lines.get(i - 1)) || softOpens(lines.get(i), lines.get(i - 1))) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(i);
        }
        return blocks;
    }

    static boolean opensBlock(String line, String previous) {
        String before = SearchText.fold(previous).strip();
        // "Không có" / "Có" is a whole cell (a yes/no answer), not a sentence running on with "có …"
        boolean linked = LINKING_WORD.matcher(before).matches() && !ANSWER.matcher(before).matches();
        if (continues(previous) || linked && AppendixUnits.startsWithUnit(line)) {
            return false; // "… tại" / "Trung tâm Phục vụ hành chính công": a unit named inside a sentence
        }
        char c = line.charAt(0);
        if (c == '-' || c == '+' || c == '•' || c == '*' || c == '“' || c == '"' || "≥≤><".indexOf(c) >= 0
                || PERCENT_FIRST.matcher(line).matches()) {
            return true;
        }
        return Character.isUpperCase(c) && !ACRONYM.matcher(line).matches();
    }

    /** A line opening with a number or an acronym, unless a linking word ("ngày", "của", "số") ends the line before. */
    static boolean softOpens(String line, String previous) {
        boolean soft = (Character.isDigit(line.charAt(0)) && !PERCENT_FIRST.matcher(line).matches())
                || ACRONYM.matcher(line).matches();
        return soft && !continues(previous) && !LINKING_WORD.matcher(SearchText.fold(previous).strip()).matches();
    }

    private static boolean continues(String previous) {
        String before = SearchText.fold(previous).strip();
        boolean unitGoesOn = (before.endsWith(",") || LINKING_WORD.matcher(before).matches())
                && AppendixUnits.startsWithUnit(previous);
        // "Phòng Văn hoá –" / "Xã hội", "Phòng Kinh tế, Hạ tầng và" / "Đô thị", "Văn phòng" / "HĐND&UBND": one name
        return unitGoesOn || CONTINUES.matcher(before).matches() || BARE_UNIT_WORD.matcher(before).matches();
    }

    /** The blocks' texts given to {@code columns} in order (a column may get none). */
    static Map<TableColumn, String> split(List<String> lines, List<List<Integer>> blocks, List<TableColumn> columns) {
        return split(lines, blocks, columns, new int[columns.size()], null);
    }

    /**
     * As {@link #split(List, List, List)}, knowing the usual line width of each column in this table (0 when not
     * known): a block whose lines are much wider than a column's cannot be in it, and a block of several much
     * narrower lines is unlikely to be. {@code assigned}, when given, receives each block's column index.
     */
    static Map<TableColumn, String> split(List<String> lines, List<List<Integer>> blocks, List<TableColumn> columns,
                                          int[] widths, int[] assigned) {
        int n = blocks.size();
        int k = columns.size();
        double[][] best = new double[n + 1][k];
        int[][] from = new int[n + 1][k];
        List<String> texts = new ArrayList<>();
        for (List<Integer> block : blocks) {
            texts.add(text(lines, block));
        }
        for (int c = 0; c < k; c++) {
            best[0][c] = Double.NEGATIVE_INFINITY;
        }
        for (int b = 1; b <= n; b++) {
            for (int c = 0; c < k; c++) {
                double score = score(texts.get(b - 1), lines, blocks.get(b - 1), b - 1, columns.get(c))
                        + widthFit(lines, blocks.get(b - 1), widths[c]);
                if (b == 1) {
                    best[b][c] = score - emptyBefore(columns, -1, c);
                    from[b][c] = -1;
                    continue;
                }
                best[b][c] = Double.NEGATIVE_INFINITY;
                boolean soft = softOpens(lines.get(blocks.get(b - 1).get(0)), lines.get(blocks.get(b - 1).get(0) - 1));
                // "Trung tâm …;" then "Văn phòng …": a list separator says the cell goes on
                boolean listGoesOn = texts.get(b - 2).endsWith(";") && AppendixUnits.startsWithUnit(texts.get(b - 1));
                double boundary = (soft ? SOFT_BOUNDARY : 0) + (listGoesOn ? 1 : 0);
                for (int p = 0; p <= c; p++) {
                    double value = best[b - 1][p] + score - emptyBefore(columns, p, c) - (p != c ? boundary : 0);
                    if (value > best[b][c]) {
                        best[b][c] = value;
                        from[b][c] = p;
                    }
                }
            }
        }
        int last = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double value = best[n][c] - emptyBefore(columns, c, k);
            if (value > top) {
                top = value;
                last = c;
            }
        }
        int[] chosen = assigned == null ? new int[n] : assigned;
        for (int b = n, c = last; b >= 1; c = from[b][c], b--) {
            chosen[b - 1] = c;
        }
        Map<TableColumn, String> cells = new EnumMap<>(TableColumn.class);
        for (int b = 0; b < n; b++) {
            cells.merge(columns.get(chosen[b]), texts.get(b), (x, y) -> x + " " + y);
        }
        return cells;
    }

    static String text(List<String> lines, List<Integer> block) {
        StringBuilder sb = new StringBuilder();
        for (int i : block) {
            sb.append(sb.isEmpty() ? "" : " ").append(lines.get(i).strip());
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    static boolean looksLikeThreshold(String text) {
        String folded = SearchText.fold(text);
        return THRESHOLD.matcher(folded).find() || PERCENT.matcher(folded).find();
    }

    private static double score(String text, List<String> lines, List<Integer> block, int index, TableColumn column) {
        String folded = SearchText.fold(text);
        boolean unit = AppendixUnits.startsWithUnit(text);
        boolean generic = AppendixUnits.isGeneric(text);
        boolean deadline = DEADLINE.matcher(folded).find() && text.length() <= 90
                || DATE.matcher(folded).find() && text.length() <= 45;
        int width = block.stream().mapToInt(i -> lines.get(i).strip().length()).max().orElse(0);
        return switch (column) {
            case TITLE, INDICATOR -> index == 0 ? 10 : unit || deadline ? -3 : 0;
            case PRODUCT -> unit || deadline && !PRODUCT.matcher(folded).find() ? -2
                    : PRODUCT.matcher(folded).find() ? 1.5 : 0.2;
            case DEADLINE -> (deadline ? 4 : -3) + (width <= 24 ? 1 : -1) + (width <= 16 ? 2 : 0) + (unit ? -3 : 0);
            case LEAD, RESPONSIBLE -> unit ? (generic ? 2 : 4) : mentionsUnit(text) ? 1 : -3;
            case COORDINATORS, EXECUTING -> unit ? (generic ? 4 : 3.5) : mentionsUnit(text) ? 1 : -3;
            case ASSIGNMENT -> unit || mentionsUnit(text) || text.startsWith("-") ? 2 : deadline ? -1 : 0.5;
            case THRESHOLD -> looksLikeThreshold(text) && !unit ? 4 : -3;
            case NOTE -> 0;
            default -> -1;
        };
    }

    /** The widest line of a block, in characters. */
    static int width(List<String> lines, List<Integer> block) {
        return block.stream().mapToInt(i -> lines.get(i).strip().length()).max().orElse(0);
    }

    private static double widthFit(List<String> lines, List<Integer> block, int columnWidth) {
        if (columnWidth <= 0) {
            return 0;
        }
        int width = width(lines, block);
        if (width > columnWidth * 1.3 + 4) {
            return -2;
        }
        return block.size() >= 2 && width < columnWidth * 0.6 ? -2 : 0;
    }

    private static boolean mentionsUnit(String text) {
        return !AppendixUnits.mentions(text).isEmpty() || text.matches(".*\\b(HĐND|UBND|MTTQ)\\b.*");
    }

    /** The penalty for leaving the columns strictly between {@code after} and {@code before} empty. */
    private static double emptyBefore(List<TableColumn> columns, int after, int before) {
        double penalty = 0;
        for (int c = after + 1; c < before; c++) {
            penalty += switch (columns.get(c)) {
                case TITLE, INDICATOR -> 10;
                case DEADLINE, LEAD, RESPONSIBLE -> 3;
                case PRODUCT, ASSIGNMENT, COORDINATORS -> 1;
                default -> 0.5;
            };
        }
        return penalty;
    }
}
