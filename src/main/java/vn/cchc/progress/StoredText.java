package vn.cchc.progress;

/** Text as a report stores it: trimmed, blank as none, line breaks as \n (browsers send a textarea's as \r\n). */
final class StoredText {

    private StoredText() {
    }

    static String of(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
    }
}
