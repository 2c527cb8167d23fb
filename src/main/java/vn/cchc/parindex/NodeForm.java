package vn.cchc.parindex;

import java.math.BigDecimal;

/** The editable fields of a criterion in a draft set (its code, parent and method stay as imported). */
public class NodeForm {
    private String title;
    private BigDecimal maxPoints;
    private String evidence;
    private String unitKind;
    private String rule;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getMaxPoints() { return maxPoints; }
    public void setMaxPoints(BigDecimal maxPoints) { this.maxPoints = maxPoints; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public String getUnitKind() { return unitKind; }
    public void setUnitKind(String unitKind) { this.unitKind = unitKind; }
    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
}
