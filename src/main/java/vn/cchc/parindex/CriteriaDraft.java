package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.List;

/**
 * A criteria set as files carry it (JSON and XLSX share this shape): the set's attributes and a flat list of nodes,
 * each naming its parent by code. Nothing here is trusted until {@link CriteriaValidator} has read it.
 */
public record CriteriaDraft(String code, String title, Integer year, BigDecimal surveyPoints, String grading,
                            String halfDeadline, String yearDeadline, boolean example, List<Node> criteria) {

    public record Node(String code, String parent, String title, BigDecimal maxPoints, String method, String rule,
                       String evidence, String unit) {
    }
}
