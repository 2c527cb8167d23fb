package vn.cchc.survey.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.plan.IndicatorReadings.Option;
import vn.cchc.plan.IndicatorSource;
import vn.cchc.survey.scoring.Figure;
import vn.cchc.survey.scoring.SatisfactionResult;

/**
 * The satisfaction figures as indicators a plan target or a PAR criterion can be measured by: the overall index, the
 * two parts and the five elements of the public-service part, each the percent of the period's counted responses
 * of every survey of the commune; empty when no answer counts.
 */
@Component
@Order(2) // after the one-stop figures
class SurveyIndicators implements IndicatorSource {

    static final String GROUP = "survey.indicator.group";
    private static final String OVERALL = "SURVEY_OVERALL";
    private static final String PART = "SURVEY_PART_";
    private static final String ELEMENT = "SURVEY_EL_";
    private static final List<String> CODES = List.of(OVERALL, PART + "SERVICE", PART + "POLICY",
            ELEMENT + "ACCESS", ELEMENT + "PROCEDURE", ELEMENT + "OFFICIAL", ELEMENT + "RESULT", ELEMENT + "FEEDBACK");

    private final SurveyFigures figures;

    SurveyIndicators(SurveyFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Option> options() {
        return CODES.stream().map(c -> new Option(c, "survey.indicator." + c, GROUP)).toList();
    }

    @Override
    public Optional<BigDecimal> read(long communeId, String code, Period period) {
        if (!CODES.contains(code)) {
            return Optional.empty();
        }
        SatisfactionResult r = figures.figures(communeId, period, Filter.ALL);
        Figure f = code.equals(OVERALL) ? r.overall()
                : code.startsWith(PART) ? r.parts().get(code.substring(PART.length()))
                : r.elements().get(code.substring(ELEMENT.length()));
        return f == null ? Optional.empty() : Optional.ofNullable(f.percent());
    }
}
