package vn.cchc.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.shared.Ratio;

/**
 * Biểu số II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) for a date window: one row per lĩnh vực and the total row, in
 * the form's 13 columns (1 STT and 2 the field's name are the row's place and {@link Row#field()}):
 * <pre>
 * received     (3) = online (4) + in person or by post (5) + carried over from before the window (6)
 * resolved     (7) = early (8) + on time (9) + late (10)
 * in progress (11) = in time (12) + overdue (13), judged at the window's end
 * </pre>
 * Dossiers that left the window without a result (withdrawn, refused, stopped) are counted apart in
 * {@link Row#withdrawn()}, so every dossier received or carried over is in exactly one place: (3) = (7) + (11) +
 * withdrawn. The form's "3 = 7 + 11 when nothing is withdrawn" is that identity with withdrawn = 0, which
 * {@link #withWithdrawnAsOnTime()} gives for provinces that count them as resolved on time. Plain values, no framework:
 * {@link #brokenIdentities()} checks figures from anywhere (the ledger, an edited draft) before a document is issued.
 */
public record Form06a(LocalDate from, LocalDate to, List<Row> rows, Row total) {

    public Form06a {
        rows = List.copyOf(rows);
    }

    /** One line of the form; {@code field} is empty for a procedure without a lĩnh vực, "" also names the total. */
    public record Row(String field, long received, long online, long inPerson, long carriedOver, long resolved,
                      long early, long onTime, long late, long inProgress, long inTime, long overdue, long withdrawn) {

        /** A row whose totals (3), (7) and (11) are the sums of their parts. */
        public static Row of(String field, long online, long inPerson, long carriedOver, long early, long onTime,
                             long late, long inTime, long overdue, long withdrawn) {
            return new Row(field, online + inPerson + carriedOver, online, inPerson, carriedOver, early + onTime + late,
                    early, onTime, late, inTime + overdue, inTime, overdue, withdrawn);
        }

        public Row plus(Row o) {
            return new Row(field, received + o.received, online + o.online, inPerson + o.inPerson,
                    carriedOver + o.carriedOver, resolved + o.resolved, early + o.early, onTime + o.onTime,
                    late + o.late, inProgress + o.inProgress, inTime + o.inTime, overdue + o.overdue,
                    withdrawn + o.withdrawn);
        }

        /** Columns 3 to 13 in the form's order. */
        public List<Long> columns() {
            return List.of(received, online, inPerson, carriedOver, resolved, early, onTime, late, inProgress, inTime,
                    overdue);
        }

        /** Resolved early or on time, over resolved: the share a report cites for column 7. */
        public Ratio resolvedInTime() {
            return new Ratio(early + onTime, resolved);
        }

        Row withWithdrawnAsOnTime() {
            return new Row(field, received, online, inPerson, carriedOver, resolved + withdrawn, early,
                    onTime + withdrawn, late, inProgress, inTime, overdue, 0);
        }
    }

    /** The form's arithmetic; each has its Vietnamese wording in column numbers. */
    public enum Identity {
        RECEIVED("(3) = (4) + (5) + (6)"),
        RESOLVED("(7) = (8) + (9) + (10)"),
        IN_PROGRESS("(11) = (12) + (13)"),
        BALANCE("(3) = (7) + (11) + số hồ sơ rút, trả lại, dừng xử lý"),
        TOTAL("dòng Tổng cộng = tổng các lĩnh vực");

        private final String formula;

        Identity(String formula) {
            this.formula = formula;
        }

        public String formula() {
            return formula;
        }
    }

    /** A broken identity: on which row (the field, or "Tổng cộng"), which column, what it holds and what it should. */
    public record Broken(String row, Identity identity, String column, long actual, long expected) {

        /** E.g. "Lĩnh vực Hộ tịch: (3) = (4) + (5) + (6) không khớp, cột (3) là 12 nhưng tổng là 11." */
        public String message() {
            return row + ": " + identity.formula() + " không khớp, cột " + column + " là " + actual
                    + " nhưng tổng là " + expected + ".";
        }
    }

    /** Rows and a total row that is their sum. */
    public static Form06a of(LocalDate from, LocalDate to, List<Row> rows) {
        Row total = Row.of("", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Row r : rows) {
            total = total.plus(r);
        }
        return new Form06a(from, to, rows, total);
    }

    /** The same form with what left without a result counted as resolved on time (configuration, see docs). */
    public Form06a withWithdrawnAsOnTime() {
        return new Form06a(from, to, rows.stream().map(Row::withWithdrawnAsOnTime).toList(),
                total.withWithdrawnAsOnTime());
    }

    /** Every identity that does not hold, on the field rows and the total row, and the total against the rows. */
    public List<Broken> brokenIdentities() {
        List<Broken> out = new ArrayList<>();
        Row sum = Row.of("", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Row r : rows) {
            check(rowName(r.field()), r, out);
            sum = sum.plus(r);
        }
        check(TOTAL_ROW, total, out);
        List<Long> expected = sum.columns();
        List<Long> actual = total.columns();
        for (int i = 0; i < actual.size(); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                out.add(new Broken(TOTAL_ROW, Identity.TOTAL, "(" + (i + 3) + ")", actual.get(i), expected.get(i)));
            }
        }
        if (total.withdrawn() != sum.withdrawn()) {
            out.add(new Broken(TOTAL_ROW, Identity.TOTAL, WITHDRAWN, total.withdrawn(), sum.withdrawn()));
        }
        return out;
    }

    static final String TOTAL_ROW = "Tổng cộng";
    private static final String WITHDRAWN = "rút, trả lại, dừng xử lý";

    static String rowName(String field) {
        return field.isEmpty() ? "Lĩnh vực chưa xác định" : "Lĩnh vực " + field;
    }

    private static void check(String name, Row r, List<Broken> out) {
        expect(name, Identity.RECEIVED, "(3)", r.received(), r.online() + r.inPerson() + r.carriedOver(), out);
        expect(name, Identity.RESOLVED, "(7)", r.resolved(), r.early() + r.onTime() + r.late(), out);
        expect(name, Identity.IN_PROGRESS, "(11)", r.inProgress(), r.inTime() + r.overdue(), out);
        expect(name, Identity.BALANCE, "(3)", r.received(), r.resolved() + r.inProgress() + r.withdrawn(), out);
    }

    private static void expect(String row, Identity identity, String column, long actual, long expected,
                               List<Broken> out) {
        if (actual != expected) {
            out.add(new Broken(row, identity, column, actual, expected));
        }
    }
}
