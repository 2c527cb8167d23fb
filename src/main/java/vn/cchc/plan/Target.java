package vn.cchc.plan;

import java.math.BigDecimal;

/** A target (chỉ tiêu) of a plan: "tỷ lệ hồ sơ trực tuyến ≥ 90%", "trễ hạn < 0,5%". */
public record Target(long id, long planId, String areaCode, String code, String text, MetricKind metricKind,
                     Comparator comparator, BigDecimal threshold, Long responsibleUnitId, int ordinal) {
}
