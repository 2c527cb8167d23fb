package vn.cchc.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.scoring.Aggregation;
import vn.cchc.survey.scoring.ScoredItem;
import vn.cchc.survey.scoring.ScoringSettings;

/**
 * What of a questionnaire counts in the index: its SCALE items that name an element (each with the element's part),
 * and its scoring setting with the element and part weights. A commune's own questions name no element, so they
 * never count; nor does the dossier rating (the one-stop system's 3-level scale, no element).
 */
public final class ScoringOf {

    private ScoringOf() {
    }

    public static List<ScoredItem> scoredItems(Questionnaire q) {
        List<ScoredItem> items = new ArrayList<>();
        for (Questionnaire.Item i : q.items()) {
            if (i.type() == Questionnaire.ItemType.SCALE && i.element() != null) {
                q.element(i.element()).ifPresent(e -> items.add(new ScoredItem(i.code(), e.code(), e.part())));
            }
        }
        return items;
    }

    /** The union over several questionnaires, the first questionnaire naming an item deciding its element. */
    public static List<ScoredItem> scoredItems(List<Questionnaire> all) {
        Map<String, ScoredItem> union = new LinkedHashMap<>();
        all.forEach(q -> scoredItems(q).forEach(i -> union.putIfAbsent(i.itemCode(), i)));
        return List.copyOf(union.values());
    }

    /** A published questionnaire names a known method (QuestionnaireCheck); anything else reads as the default. */
    private static Aggregation method(Questionnaire.Scoring s, Aggregation fallback) {
        if (s == null || s.method() == null) {
            return fallback;
        }
        try {
            return Aggregation.valueOf(s.method());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The questionnaire's own scoring; what it leaves out comes from the defaults. */
    public static ScoringSettings settings(Questionnaire q) {
        ScoringSettings d = ScoringSettings.defaults();
        Questionnaire.Scoring s = q.scoring();
        Map<String, BigDecimal> elementWeights = new LinkedHashMap<>();
        q.elements().stream().filter(e -> e.weight() != null).forEach(e -> elementWeights.put(e.code(), e.weight()));
        Map<String, BigDecimal> partWeights = new LinkedHashMap<>();
        q.parts().stream().filter(p -> p.weight() != null).forEach(p -> partWeights.put(p.code(), p.weight()));
        return new ScoringSettings(
                method(s, d.method()),
                s == null || s.satisfiedFrom() == null ? d.satisfiedFrom() : s.satisfiedFrom(),
                elementWeights, partWeights,
                s == null || s.minSample() == null ? d.minSample() : s.minSample());
    }
}
