package vn.cchc.survey.results;

/** What a breakdown table groups responses by. */
public enum BreakdownBy {
    UNIT, FIELD, POINT, MONTH
}
