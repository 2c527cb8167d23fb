package vn.cchc.survey.scoring;

import java.util.Map;

/** The overall index and one figure per part and per element, keyed by code in the items' first-seen order. */
public record SatisfactionResult(Figure overall, Map<String, Figure> parts, Map<String, Figure> elements) {
}
