package vn.cchc.plan;

import java.math.BigDecimal;

/** A target (chỉ tiêu) of a plan: "tỷ lệ hồ sơ trực tuyến ≥ 90%", "trễ hạn < 0,5%". */
public record Target(long id, long planId, String areaCode, String code, String text, MetricKind metricKind,
                     Comparator comparator, BigDecimal threshold, Long responsibleUnitId, int ordinal,
                     String indicatorCode) {

    /** Whether an actual value satisfies the target's comparison with its threshold. */
    public boolean achievedBy(BigDecimal actual) {
        int c = actual.compareTo(threshold);
        return switch (comparator) {
            case GE -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }
}
