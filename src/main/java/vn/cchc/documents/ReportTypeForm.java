package vn.cchc.documents;

/** The province admin's form for one report type; {@code year} is the year the calendar page showed. */
public class ReportTypeForm {
    private String name;
    private Integer startDay;
    private Integer startMonth;
    private boolean startEarlier;
    private Integer endDay;
    private Integer endMonth;
    private Integer dueDay;
    private Integer year;

    static ReportTypeForm of(ReportWindowRule rule, int year) {
        ReportTypeForm form = new ReportTypeForm();
        form.name = rule.name();
        form.startDay = rule.startDay();
        form.startMonth = rule.startMonth();
        form.startEarlier = rule.startEarlier();
        form.endDay = rule.endDay();
        form.endMonth = rule.endMonth();
        form.dueDay = rule.dueDay();
        form.year = year;
        return form;
    }

    /** The rule typed; a day left empty is day 0, which the rule's check refuses beside its field. */
    ReportWindowRule rule(ReportType type) {
        return new ReportWindowRule(type, name, orZero(startDay), startMonth, startEarlier, orZero(endDay), endMonth,
                orZero(dueDay), ReportWindowRule.Basis.PROVINCE);
    }

    private static int orZero(Integer day) {
        return day == null ? 0 : day;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getStartDay() { return startDay; }
    public void setStartDay(Integer startDay) { this.startDay = startDay; }
    public Integer getStartMonth() { return startMonth; }
    public void setStartMonth(Integer startMonth) { this.startMonth = startMonth; }
    public boolean isStartEarlier() { return startEarlier; }
    public void setStartEarlier(boolean startEarlier) { this.startEarlier = startEarlier; }
    public Integer getEndDay() { return endDay; }
    public void setEndDay(Integer endDay) { this.endDay = endDay; }
    public Integer getEndMonth() { return endMonth; }
    public void setEndMonth(Integer endMonth) { this.endMonth = endMonth; }
    public Integer getDueDay() { return dueDay; }
    public void setDueDay(Integer dueDay) { this.dueDay = dueDay; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
