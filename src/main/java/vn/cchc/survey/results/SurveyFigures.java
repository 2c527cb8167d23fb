package vn.cchc.survey.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.Period;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.NotFoundException;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.scoring.Answer;
import vn.cchc.survey.scoring.SatisfactionIndex;
import vn.cchc.survey.scoring.SatisfactionResult;
import vn.cchc.survey.scoring.ScoredItem;
import vn.cchc.survey.scoring.ScoringSettings;

/**
 * The satisfaction figures of a commune's responses in a period: overall, per part and element, and broken down by
 * unit, field, counter or month. Excluded responses never count; items count as their form's questionnaire says.
 */
@Service
@Transactional(readOnly = true)
public class SurveyFigures {

    private final ResultsRepository results;
    private final OrgDirectory org;

    SurveyFigures(ResultsRepository results, OrgDirectory org) {
        this.results = results;
        this.org = org;
    }

    public SatisfactionResult figures(long communeId, Period period, Filter f) {
        requireOwn(communeId, f);
        Scoring scoring = scoring(communeId, period, f);
        List<Answer> answers = results.answers(communeId, period, f, null).stream()
                .map(a -> new Answer(a.responseId(), a.itemCode(), a.value())).toList();
        return SatisfactionIndex.compute(scoring.items(), answers, scoring.settings());
    }

    /** One row per group that has answers, in the order of its key (months in time order). */
    public List<BreakdownRow> breakdown(long communeId, Period period, BreakdownBy by, Long surveyId) {
        Filter f = new Filter(surveyId, null, null, null);
        requireOwn(communeId, f);
        Scoring scoring = scoring(communeId, period, f);
        Map<String, List<Answer>> groups = new LinkedHashMap<>();
        results.answers(communeId, period, f, by).forEach(a -> groups.computeIfAbsent(a.group(), k -> new ArrayList<>())
                .add(new Answer(a.responseId(), a.itemCode(), a.value())));
        Map<String, String> labels = labels(communeId, by);
        List<BreakdownRow> rows = new ArrayList<>();
        groups.forEach((key, answers) -> rows.add(new BreakdownRow(key, key == null ? null : by == BreakdownBy.MONTH ? Period.parse(key).label() : labels.getOrDefault(key, key),
                SatisfactionIndex.compute(scoring.items(), answers, scoring.settings()).overall())));
        rows.sort((a, b) -> by == BreakdownBy.MONTH ? compare(a.key(), b.key()) : compare(a.label(), b.label()));
        return rows;
    }

    /** Below how many respondents a figure is flagged as a small sample (the latest form's setting). */
    public int minSample(long communeId, Period period, Filter f) {
        return scoring(communeId, period, f).settings().minSample();
    }

    /** The names of the parts and elements, by code, as the forms in scope give them (later forms win). */
    public Map<String, String> names(long communeId, Period period, Filter f) {
        Map<String, String> names = new LinkedHashMap<>();
        results.forms(communeId, period, f).stream().map(d -> QuestionnaireJson.read(d.definition())).forEach(q -> {
            q.parts().forEach(p -> names.put(p.code(), p.name()));
            q.elements().forEach(e -> names.put(e.code(), e.name()));
        });
        return names;
    }

    /** The ids a filter names must be the commune's own: another commune's survey or counter is not found. */
    void requireOwn(long communeId, Filter f) {
        if (f.surveyId() != null && !results.surveyExists(communeId, f.surveyId())) {
            throw new NotFoundException("survey", f.surveyId());
        }
        if (f.pointId() != null && !results.pointExists(communeId, f.pointId())) {
            throw new NotFoundException("survey point", f.pointId());
        }
        if (f.unitId() != null && org.unit(communeId, f.unitId()).isEmpty()) {
            throw new NotFoundException("unit", f.unitId());
        }
    }

    private record Scoring(List<ScoredItem> items, ScoringSettings settings) {
    }

    /** The union of the forms' scored items; the latest form's scoring rules when templates are mixed. */
    private Scoring scoring(long communeId, Period period, Filter f) {
        List<Questionnaire> forms = results.forms(communeId, period, f).stream()
                .map(d -> QuestionnaireJson.read(d.definition())).toList();
        if (forms.isEmpty()) {
            return new Scoring(List.of(), ScoringSettings.defaults());
        }
        return new Scoring(ScoringOf.scoredItems(forms), ScoringOf.settings(forms.get(forms.size() - 1)));
    }

    private Map<String, String> labels(long communeId, BreakdownBy by) {
        Map<String, String> labels = new LinkedHashMap<>();
        switch (by) {
            case UNIT -> org.units(communeId).forEach((Unit u) -> labels.put(Long.toString(u.id()), u.name()));
            case POINT -> results.points(communeId).forEach(p -> labels.put(Long.toString(p.id()), p.label()));
            case MONTH -> { // named in Vietnamese like every period; pages translate it
            }
            case FIELD -> { // a field is its own label
            }
        }
        return labels;
    }

    private static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
