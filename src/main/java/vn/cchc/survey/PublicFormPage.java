package vn.cchc.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.survey.questionnaire.AnswerSheet;
import vn.cchc.survey.questionnaire.Questionnaire;

/**
 * What the public form page shows: the questionnaire of the survey's form version, the point it was opened from,
 * and on a refusal the values typed and the problem of each item, so nothing typed is lost.
 */
public record PublicFormPage(String communeHeading, String surveyTitle, String pointLabel, String token, long formId,
                             Questionnaire questionnaire, String stamp, String dossierCode,
                             Map<String, List<String>> values, Map<String, String> problems, Set<String> shown,
                             String refusal, String action) {

    /** Whether option {@code value} of item {@code itemCode} was chosen (for re-checking radios and boxes). */
    public boolean chosen(String itemCode, int value) {
        return values.getOrDefault(AnswerSheet.PREFIX + itemCode, List.of()).contains(String.valueOf(value));
    }

    public String text(String itemCode) {
        List<String> v = values.getOrDefault(AnswerSheet.PREFIX + itemCode, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public String problem(String itemCode) {
        return problems.get(itemCode);
    }

    public boolean hasDossier() {
        return dossierCode != null;
    }

    /** A block with a gate starts hidden in the browser (the script shows it) unless its gate already opens. */
    public boolean startsHidden(Questionnaire.Block block) {
        return block.showIf() != null && !shown.contains(block.code());
    }

    /** The satisfaction scale's first and last labels, shown once above a block of 1–5 items. */
    public Questionnaire.Scale scaleOf(Questionnaire.Item item) {
        return questionnaire.scale(item.scale()).orElse(null);
    }

    static Map<String, List<String>> only(Map<String, List<String>> fields) {
        Map<String, List<String>> out = new HashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(AnswerSheet.PREFIX)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
