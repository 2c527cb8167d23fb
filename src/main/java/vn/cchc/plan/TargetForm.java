package vn.cchc.plan;

/** The target form; the threshold is text so that "99,9" and "99.9" are both understood. */
public class TargetForm {

    private String areaCode;
    private String code;
    private String text;
    private MetricKind metricKind = MetricKind.PERCENT;
    private Comparator comparator = Comparator.GE;
    private String threshold;
    private Long responsibleUnitId;
    private String indicatorCode;

    static TargetForm of(Target t) {
        TargetForm f = new TargetForm();
        f.areaCode = t.areaCode();
        f.code = t.code();
        f.text = t.text();
        f.metricKind = t.metricKind();
        f.comparator = t.comparator();
        f.threshold = t.threshold().stripTrailingZeros().toPlainString().replace('.', ',');
        f.responsibleUnitId = t.responsibleUnitId();
        f.indicatorCode = t.indicatorCode();
        return f;
    }

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
}
