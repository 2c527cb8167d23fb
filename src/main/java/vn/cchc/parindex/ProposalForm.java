package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a responsible unit types for one criterion: points (or a count), a comment, an override reason, evidence. */
public class ProposalForm {
    private BigDecimal points;
    private Integer count;
    private String comment;
    private String overrideReason;
    private int version;
    private List<Long> attach = new ArrayList<>();
    private Long detach;

    public BigDecimal getPoints() { return points; }
    public void setPoints(BigDecimal points) { this.points = points; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public List<Long> getAttach() { return attach; }
    public void setAttach(List<Long> attach) { this.attach = attach; }
    public Long getDetach() { return detach; }
    public void setDetach(Long detach) { this.detach = detach; }
}
