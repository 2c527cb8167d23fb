package vn.cchc.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The signature block of Nghị định 30/2020: the authority lines in upper case bold above the signer's name. A People's
 * Committee signs its reports on behalf of the collective ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"), a vice-chairman
 * signs for the chairman ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), an acting chairman signs "Q. CHỦ TỊCH"; the
 * committee's line stays above both because the committee decides collectively.
 */
public record SigningBlock(Authority authority, String collective, String signerTitle, String signerName) {

    /** TM. = on behalf of the collective; KT. = signing for the head; Q. = acting head; NONE = the head signs. */
    public enum Authority { TM, KT, Q, NONE }

    public static final String COMMITTEE = "Ủy ban nhân dân";
    public static final String CHAIRMAN = "Chủ tịch";
    public static final String VICE_CHAIRMAN = "Phó Chủ tịch";

    public List<String> authorityLines() {
        List<String> lines = new ArrayList<>();
        switch (authority) {
            case TM -> {
                lines.add("TM. " + upper(collective));
                lines.add(upper(signerTitle));
            }
            case KT -> {
                lines.add("TM. " + upper(collective));
                lines.add("KT. " + upper(CHAIRMAN));
                lines.add(upper(signerTitle));
            }
            case Q -> {
                lines.add("TM. " + upper(collective));
                lines.add("Q. " + upper(CHAIRMAN));
            }
            case NONE -> lines.add(upper(signerTitle));
        }
        return lines;
    }

    public String authorityText() {
        return String.join("\n", authorityLines());
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(Locale.forLanguageTag("vi"));
    }
}
