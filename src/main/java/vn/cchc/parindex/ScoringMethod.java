package vn.cchc.parindex;

/** How a leaf criterion is scored. */
public enum ScoringMethod {
    /** Points chosen by the unit, any value up to the maximum or one of a scale. */
    MANUAL,
    /** Done → full points, not done → 0. */
    YESNO,
    /** Steps on a computed figure: "≥ 99% → 2, ≥ 95% → 1, else 0". */
    LADDER,
    /** Full points times figure / the figure that earns them all, capped at full. */
    PROPORTIONAL,
    /** A count of items (initiatives, articles), optionally per unit. */
    COUNT,
    /** Scored from the sociological survey by the province, not by the commune. */
    SURVEY;

    /** Whether live data proposes the score (the unit may still override it with a reason). */
    public boolean computed() {
        return this == LADDER || this == PROPORTIONAL;
    }
}
