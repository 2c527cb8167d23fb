package vn.cchc.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.survey.results.Filter;
import vn.cchc.survey.results.SurveyFigures;
import vn.cchc.survey.scoring.Figure;
import vn.cchc.survey.scoring.SatisfactionResult;

/** The satisfaction results of every survey of a commune for a period, for pages outside this module. */
@Service
public class Satisfaction {

    private final SurveyFigures figures;

    Satisfaction(SurveyFigures figures) {
        this.figures = figures;
    }

    public SatisfactionSummary of(long communeId, Period period) {
        SatisfactionResult r = figures.figures(communeId, period, Filter.ALL);
        Map<String, String> names = figures.names(communeId, period, Filter.ALL);
        List<SatisfactionSummary.Score> elements = new ArrayList<>();
        r.elements().forEach((code, f) -> elements.add(score(code, names.getOrDefault(code, code), f)));
        return new SatisfactionSummary(score("", "", r.overall()), elements, figures.minSample(communeId, period, Filter.ALL));
    }

    private static SatisfactionSummary.Score score(String code, String name, Figure f) {
        return new SatisfactionSummary.Score(code, name, f.percent(), f.respondents(), f.answers(), f.marginOfError(),
                f.smallSample());
    }
}
