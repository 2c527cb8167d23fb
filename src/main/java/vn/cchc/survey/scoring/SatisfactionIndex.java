package vn.cchc.survey.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SIPAS satisfaction index of a set of filled forms: per element, per part and overall. This is the default,
 * inferred; the official formula (QĐ 1001/QĐ-BNV) was not retrieved, so the aggregation and the weights are settings.
 * <ul>
 * <li>Element index: {@link Aggregation#SHARE_SATISFIED} counts answers at or above {@code satisfiedFrom} ÷ answers
 * × 100; {@link Aggregation#MEAN_OVER_5} takes the mean answer ÷ 5 × 100.</li>
 * <li>Part index: the weighted mean of its elements' indices (element weights, default 1). Overall: the weighted mean
 * of the part indices (part weights, default 1). An element or part without answers, or with weight 0, drops out and
 * the remaining weights renormalise. With no answer at all the percent is null.</li>
 * <li>Percent has 2 decimals, HALF_UP, rounded once at the end (intermediates keep 34 significant digits).</li>
 * <li>Respondents: distinct forms with an answer counted in the figure; answers: how many are counted.</li>
 * <li>Margin of error: 1.96 × s ÷ √n percentage points, n the respondents, s the sample standard deviation of the
 * respondents' own scores, each computed like the figure but over their own answers (a respondent's part score is
 * the weighted mean of the elements they answered, and so on). Null below 2 respondents; 2 decimals HALF_UP.</li>
 * <li>Small sample: fewer respondents than {@code minSample}.</li>
 * <li>Answers outside 1–5 or to items not in the list (demographics, open questions) are ignored.</li>
 * </ul>
 */
public final class SatisfactionIndex {

    private SatisfactionIndex() {
    }

    /**
     * @throws IllegalArgumentException when an item code is listed twice or an element is placed in two parts
     */
    public static SatisfactionResult compute(List<ScoredItem> items, List<Answer> answers, ScoringSettings s) {
        Objects.requireNonNull(s, "settings");
        Layout layout = Layout.of(items);
        Map<String, List<Answer>> byElement = new HashMap<>();
        for (Answer a : answers) {
            String element = layout.elementOfItem().get(a.itemCode());
            if (element != null && a.value() >= 1 && a.value() <= 5) {
                byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(a);
            }
        }
        Map<String, Scores> elements = new LinkedHashMap<>();
        layout.partOfElement().keySet().forEach(element ->
                elements.put(element, Scores.ofAnswers(byElement.getOrDefault(element, List.of()), s)));
        Map<String, List<Scores.Weighted>> partChildren = new LinkedHashMap<>();
        layout.partOfElement().forEach((element, part) -> partChildren.computeIfAbsent(part, p -> new ArrayList<>())
                .add(new Scores.Weighted(elements.get(element), s.elementWeight(element))));
        Map<String, Scores> parts = new LinkedHashMap<>();
        partChildren.forEach((part, children) -> parts.put(part, Scores.weightedMean(children)));
        Scores overall = Scores.weightedMean(parts.entrySet().stream()
                .map(p -> new Scores.Weighted(p.getValue(), s.partWeight(p.getKey()))).toList());
        return new SatisfactionResult(overall.figure(s.minSample()), figures(parts, s), figures(elements, s));
    }

    private static Map<String, Figure> figures(Map<String, Scores> scores, ScoringSettings s) {
        Map<String, Figure> out = new LinkedHashMap<>();
        scores.forEach((code, sc) -> out.put(code, sc.figure(s.minSample())));
        return Collections.unmodifiableMap(out);
    }

    /** Which element each item measures and which part each element belongs to, in first-seen order. */
    private record Layout(Map<String, String> elementOfItem, Map<String, String> partOfElement) {

        static Layout of(List<ScoredItem> items) {
            Map<String, String> elementOfItem = new HashMap<>();
            Map<String, String> partOfElement = new LinkedHashMap<>();
            for (ScoredItem item : items) {
                if (elementOfItem.put(item.itemCode(), item.elementCode()) != null) {
                    throw new IllegalArgumentException("Item " + item.itemCode() + " is listed twice.");
                }
                String part = partOfElement.putIfAbsent(item.elementCode(), item.partCode());
                if (part != null && !part.equals(item.partCode())) {
                    throw new IllegalArgumentException("Element " + item.elementCode() + " is placed in both part "
                            + part + " and part " + item.partCode() + ".");
                }
            }
            return new Layout(elementOfItem, partOfElement);
        }
    }
}
