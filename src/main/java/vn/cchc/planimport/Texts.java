package vn.cchc.planimport;

/** Small text helpers of the review form. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Two pieces of one sentence the reader split: joined by a space, either may be missing. */
    static String joined(String first, String second) {
        if (blank(first)) {
            return second;
        }
        return blank(second) ? first : first.strip() + " " + second.strip();
    }
}
