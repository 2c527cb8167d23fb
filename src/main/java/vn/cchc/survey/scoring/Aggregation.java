package vn.cchc.survey.scoring;

/**
 * How one element's 1–5 answers become a 0–100 index. The official choice (QĐ 1001/QĐ-BNV) was not retrieved, so a
 * province picks it in its settings.
 */
public enum Aggregation {
    /** Share of answers at or above the "satisfied" level (by default 4 "hài lòng" and 5 "rất hài lòng"), × 100. */
    SHARE_SATISFIED,
    /** Mean answer ÷ 5 × 100, so all 5s give 100 and all 1s give 20. */
    MEAN_OVER_5
}
