package vn.cchc.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import vn.cchc.shared.Formats;

/**
 * Satisfaction figures for pages ({@code @surveyFmt}): one decimal, as the province publishes them ("95,5%",
 * "± 3,2 điểm %"); the exports keep the computed two.
 */
@Component("surveyFmt")
public class SurveyFormats {

    private final Formats fmt;

    SurveyFormats(Formats fmt) {
        this.fmt = fmt;
    }

    public String percent(BigDecimal value) {
        return value == null ? "–" : fmt.percent(value.setScale(1, RoundingMode.HALF_UP));
    }

    public String points(BigDecimal value) {
        return value == null ? "–" : fmt.number(value.setScale(1, RoundingMode.HALF_UP));
    }
}
