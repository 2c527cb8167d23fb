package vn.cchc.planimport;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;

/**
 * One imported target on the review page: the editable fields, and (kept on the server) its source lines, the
 * reader's confidence and the responsible unit as written. Stored as JSON field by field.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TargetRow {

    private boolean include = true;
    private String areaCode;
    private String code;
    private String text;
    private MetricKind metricKind = MetricKind.PERCENT;
    private Comparator comparator = Comparator.GE;
    private String threshold;
    private Long responsibleUnitId;
    private String indicatorCode;
    // From the reader; copied from the stored row, not bound from the request.
    private int firstLine;
    private int lastLine;
    private Confidence confidence;
    private String responsibleText;
    private String unit;

    static TargetRow of(DraftTarget t) {
        TargetRow r = new TargetRow();
        r.areaCode = t.areaCode();
        r.code = t.code();
        r.text = t.text();
        r.metricKind = t.metric() == null ? MetricKind.PERCENT : t.metric();
        r.comparator = t.comparator() == null ? Comparator.GE : t.comparator();
        r.threshold = t.threshold() == null ? null : t.threshold().stripTrailingZeros().toPlainString().replace('.', ',');
        r.responsibleUnitId = t.responsibleUnitId();
        r.indicatorCode = t.indicatorCode();
        r.firstLine = t.span() == null ? 0 : t.span().first();
        r.lastLine = t.span() == null ? 0 : t.span().last();
        r.confidence = t.confidence() == null ? Confidence.LOW : t.confidence();
        r.responsibleText = t.responsibleText();
        r.unit = t.unit();
        return r;
    }

    /** Takes what the reviewer may change from a posted row. */
    void edit(TargetRow posted) {
        include = posted.include;
        areaCode = posted.areaCode;
        code = posted.code;
        text = posted.text;
        metricKind = posted.metricKind;
        comparator = posted.comparator;
        threshold = posted.threshold;
        responsibleUnitId = posted.responsibleUnitId;
        indicatorCode = posted.indicatorCode;
    }

    public boolean isInclude() { return include; }
    public void setInclude(boolean include) { this.include = include; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public MetricKind getMetricKind() { return metricKind; }
    public void setMetricKind(MetricKind metricKind) { this.metricKind = metricKind; }
    public Comparator getComparator() { return comparator; }
    public void setComparator(Comparator comparator) { this.comparator = comparator; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold; }
    public Long getResponsibleUnitId() { return responsibleUnitId; }
    public void setResponsibleUnitId(Long responsibleUnitId) { this.responsibleUnitId = responsibleUnitId; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public int firstLine() { return firstLine; }
    public int lastLine() { return lastLine; }
    public Confidence confidence() { return confidence; }
    public String responsibleText() { return responsibleText; }
    public String unit() { return unit; }
}
