package vn.cchc.documents;

/**
 * The periodic CCHC reports (581/BNV-CCHC: Quý I, 6 tháng, Quý III, Năm) and the monthly report of plans that
 * report monthly. Each ends in a fixed month of its year (the month itself for {@link #MONTH}); its due date is a
 * day of that month.
 */
public enum ReportType {
    QUARTER_1(3),
    HALF_YEAR(6),
    QUARTER_3(9),
    YEAR(12),
    MONTH(0);

    private final int lastMonth;

    ReportType(int lastMonth) {
        this.lastMonth = lastMonth;
    }

    public boolean monthly() {
        return this == MONTH;
    }

    /** The month the period ends in: its due date falls in it. */
    public int lastMonth(Integer month) {
        return monthly() ? month : lastMonth;
    }
}
