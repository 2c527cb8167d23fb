package vn.cchc.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * A commune's satisfaction results for a period as other modules may show them: the overall index and each element,
 * with the respondents, the 95% margin (percentage points, null below 2 respondents) and the small-sample flag,
 * exactly as the survey results page computes them.
 */
public record SatisfactionSummary(Score overall, List<Score> elements, int minSample) {

    /** One index; {@code name} is the questionnaire's (Vietnamese) name, {@code percent} null when no answer counts. */
    public record Score(String code, String name, BigDecimal percent, long respondents, long answers,
                        BigDecimal margin, boolean smallSample) {
    }

    /** Whether any counted answer exists ("no survey data" otherwise). */
    public boolean hasData() {
        return overall.answers() > 0;
    }
}
