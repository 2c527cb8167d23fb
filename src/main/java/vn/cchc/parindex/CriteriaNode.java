package vn.cchc.parindex;

import java.math.BigDecimal;

/**
 * One node of a criteria set: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành phần).
 * Leaves carry the scoring method; {@code unitKind} names the kind of unit that answers for it in each commune
 * (or STANDING for the standing agency).
 */
public record CriteriaNode(long id, long setId, Long parentId, String code, String title, BigDecimal maxPoints,
                           String evidenceRequired, String unitKind, ScoringMethod method, String rule, int ordinal) {

    public boolean leaf() {
        return method != null;
    }

    public boolean needsEvidence() {
        return evidenceRequired != null && !evidenceRequired.isBlank();
    }
}
