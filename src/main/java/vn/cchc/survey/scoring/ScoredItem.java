package vn.cchc.survey.scoring;

/** A 1–5 satisfaction item, with the element (e.g. II.A access) and the part (e.g. II services) it belongs to. */
public record ScoredItem(String itemCode, String elementCode, String partCode) {
}
