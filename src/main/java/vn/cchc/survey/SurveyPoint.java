package vn.cchc.survey;

/** Where a QR code sends people from: a counter, a unit, a procedure field, or the commune in general. */
public record SurveyPoint(long id, long communeId, long surveyId, String token, Kind kind, String label, Long unitId,
                          String field, boolean active) {

    public enum Kind { COUNTER, UNIT, FIELD, GENERAL }

    /** The public address of the form this point opens, relative to the site. */
    public String path() {
        return "/khao-sat/" + token;
    }
}
