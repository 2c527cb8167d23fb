package vn.cchc.parindex;

/** Text the assessment workflow stores (comments, reasons, explanations): trimmed, blank as none, bounded. */
final class AssessmentText {

    static final int MAX_LENGTH = 4000;

    private AssessmentText() {
    }

    static String of(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
