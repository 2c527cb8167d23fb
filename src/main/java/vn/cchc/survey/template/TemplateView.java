package vn.cchc.survey.template;

import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.survey.questionnaire.Questionnaire;
import vn.cchc.survey.questionnaire.Questionnaire.Item;

/** What the read-only page looks up while it lists a version's items (public: Thymeleaf calls it). */
public record TemplateView(Questionnaire questionnaire) {

    /** The item's answer options, "1 Rất không hài lòng · 2 …", or empty for a text item. */
    public String options(Item item) {
        return questionnaire.scale(item.scale()).map(s -> s.options().stream()
                .map(o -> o.value() + " " + o.label()).collect(Collectors.joining(" · "))).orElse("");
    }

    /** "Element (part)" for an item counted in the index, or empty. */
    public String elementAndPart(Item item) {
        return questionnaire.element(item.element()).map(e -> e.name() + " (" + questionnaire.parts().stream()
                .filter(p -> p.code().equals(e.part())).map(Questionnaire.Part::name).findFirst().orElse(e.part())
                + ")").orElse("");
    }

    /** The gate's item text, for "shown when … was answered …". */
    public String gateItemText(Questionnaire.Gate gate) {
        return questionnaire.item(gate.item()).map(i -> i.code() + " " + i.text()).orElse(String.valueOf(gate.item()));
    }

    /** The labels of the answers that open a gate. */
    public String gateAnswers(Questionnaire.Gate gate) {
        Questionnaire.Scale scale = questionnaire.item(gate.item()).flatMap(i -> questionnaire.scale(i.scale()))
                .orElse(null);
        List<Integer> values = gate.anyOf() == null ? List.of() : gate.anyOf();
        return values.stream().map(v -> scale == null ? String.valueOf(v)
                : scale.option(v).map(Questionnaire.Option::label).orElse(String.valueOf(v)))
                .collect(Collectors.joining("; "));
    }

    public boolean satisfactionScale(Item item) {
        return questionnaire.scale(item.scale()).map(Questionnaire.Scale::satisfaction).orElse(false);
    }

    public int itemCount() {
        return questionnaire.items().size();
    }

    public long satisfactionItemCount() {
        return questionnaire.items().stream().filter(i -> i.element() != null).count();
    }
}
