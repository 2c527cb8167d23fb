package vn.cchc.plan;

/** How a target is measured: a percentage (0–100), a count, or yes/no (threshold 1 = yes). */
public enum MetricKind {
    PERCENT, COUNT, YES_NO
}
