package vn.cchc.survey.results;

/** Which responses a figure counts; null means any. */
public record Filter(Long surveyId, Long unitId, String field, Long pointId) {

    public static final Filter ALL = new Filter(null, null, null, null);

    public Filter {
        field = field == null || field.isBlank() ? null : field.strip();
    }
}
