package vn.cchc.parindex;

/**
 * Where a computed criterion takes its figure from: an indicator of the one-stop ledger (e.g. ON_TIME_RATE), the
 * actual value of the plan targets linked to the criterion, or the share of linked tasks not overdue.
 */
public record FigureSource(Kind kind, String indicatorCode) {

    public enum Kind { INDICATOR, TARGET, TASKS }

    static FigureSource indicator(String code) {
        return new FigureSource(Kind.INDICATOR, code);
    }
}
