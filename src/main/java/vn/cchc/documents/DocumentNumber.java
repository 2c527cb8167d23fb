package vn.cchc.documents;

import java.util.Locale;

/**
 * "Số: 05/BC-UBND" per Nghị định 30/2020: the number with a leading zero below 10, a slash, the type abbreviation
 * (Phụ lục III: BC, KH, …) and the issuer in upper case joined by a hyphen. A draft not yet registered keeps a blank
 * for the clerk ("Số:      /BC-UBND"), as paper drafts do; a registered symbol is kept as written.
 */
public record DocumentNumber(String symbol) {

    private static final String BLANK = "      ";

    public static DocumentNumber of(Integer number, String typeAbbreviation, String issuer) {
        if (number != null && number < 1) {
            throw new IllegalArgumentException("document numbers start at 1");
        }
        String no = number == null ? BLANK : "%02d".formatted(number);
        return new DocumentNumber(no + "/" + typeAbbreviation.toUpperCase(Locale.ROOT) + "-"
                + issuer.toUpperCase(Locale.ROOT));
    }

    /** A symbol already given by the register ("2943/KH-UBND"), or the blank draft form when there is none. */
    public static DocumentNumber registered(String symbol, String typeAbbreviation, String issuer) {
        return symbol == null || symbol.isBlank() ? of(null, typeAbbreviation, issuer)
                : new DocumentNumber(symbol.strip());
    }

    public String line() {
        return "Số: " + symbol;
    }
}
