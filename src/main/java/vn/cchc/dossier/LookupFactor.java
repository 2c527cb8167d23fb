package vn.cchc.dossier;

/**
 * The second factor of the public dossier lookup, as the ledger keeps it and as a citizen types it: the last four
 * digits of the phone number on the receipt, or the receipt's check code (mã tra cứu). Data minimisation: of a phone
 * number only the last four digits are ever kept, and a check code is kept in one canonical form (upper-case A–Z and
 * 0–9, separators dropped) so "ab-12 cd" on the receipt and "AB12CD" typed match.
 */
public final class LookupFactor {

    public static final int TAIL = 4;
    public static final int MIN_CHECK_CODE = 4;
    public static final int MAX_CHECK_CODE = 20;
    /** E.164 allows 15 digits; more is not one phone number. */
    static final int MAX_PHONE_DIGITS = 15;

    private LookupFactor() {
    }

    /** A value that cannot be a phone number or a check code; carries no copy of it. */
    public static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    /**
     * The last four digits of a phone number written with any of + . - ( ) and spaces; null for an empty cell.
     * Refused: letters or other signs, fewer than 4 or more than 15 digits.
     */
    public static String phoneTail(String phone) {
        String t = phone == null ? "" : phone.strip();
        if (t.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" +.-()".indexOf(c) < 0) {
                throw new Invalid();
            }
        }
        if (digits.length() < TAIL || digits.length() > MAX_PHONE_DIGITS) {
            throw new Invalid();
        }
        return digits.substring(digits.length() - TAIL);
    }

    /** A check code in canonical form; null for an empty cell. Refused: other signs, fewer than 4 or over 20 characters. */
    public static String checkCode(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        String canonical = canonical(t);
        if (canonical == null) {
            throw new Invalid();
        }
        return canonical;
    }

    /**
     * What a citizen typed as the second factor, in canonical form (four digits match a phone tail, anything else a
     * check code); null when it can be neither.
     */
    public static String typed(String text) {
        return text == null ? null : canonical(text.strip());
    }

    /** Upper-case letters and digits with spaces and hyphens dropped, 4–20 of them; null otherwise. */
    private static String canonical(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '-') {
                continue;
            }
            // ASCII only: Character.toUpperCase would turn 'ı' or 'ſ' into I or S.
            char u = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            if (!((u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))) {
                return null;
            }
            out.append(u);
        }
        int n = out.length();
        return n < MIN_CHECK_CODE || n > MAX_CHECK_CODE ? null : out.toString();
    }
}
