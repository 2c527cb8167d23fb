package vn.cchc.survey.results;

import vn.cchc.survey.scoring.Figure;

/** One group of a breakdown: its key (unit id, field, point id, month code), its label and its overall figure. */
public record BreakdownRow(String key, String label, Figure overall) {
}
