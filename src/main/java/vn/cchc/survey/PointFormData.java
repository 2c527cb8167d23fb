package vn.cchc.survey;

/** A new QR point: its kind, the label printed on the poster, and the unit or procedure field it stands for. */
public class PointFormData {

    private String kind = "COUNTER";
    private String label;
    private Long unitId;
    private String field;

    SurveyPoint.Kind kind() {
        for (SurveyPoint.Kind k : SurveyPoint.Kind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        throw vn.cchc.shared.InvalidInput.of("kind", "survey.point.kind.invalid");
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
}
