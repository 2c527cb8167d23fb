package vn.cchc.planimport;

import java.math.BigDecimal;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;

/**
 * A target read from a sentence or a table row: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên" is PERCENT,
 * GE, 95, unit "%". {@code unit} is the counted thing of a COUNT ("sáng kiến", "biên chế"); {@code indicatorCode}
 * is the one-stop indicator that measures it, when one matches; the responsible unit as written and as matched.
 */
public record DraftTarget(String areaCode, String code, String text, MetricKind metric, Comparator comparator,
                          BigDecimal threshold, String unit, String indicatorCode, String responsibleText,
                          Long responsibleUnitId, LineSpan span, Confidence confidence) {
}
