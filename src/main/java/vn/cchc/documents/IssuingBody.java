package vn.cchc.documents;

import java.util.Locale;
import vn.cchc.org.Commune;

/**
 * How a commune's People's Committee names itself on a document (ND 30, Phụ lục I): "ỦY BAN NHÂN DÂN" over the
 * commune's name in upper case, the place name being the commune's name without "Xã"/"Phường"/"Đặc khu", and the
 * issuer part of the symbol "UBND".
 */
public record IssuingBody(String heading, String place, String shortName, String communeName) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    public static IssuingBody of(Commune commune) {
        String name = commune.name().strip();
        return new IssuingBody("ỦY BAN NHÂN DÂN\n" + name.toUpperCase(VI), placeName(name), "UBND", name);
    }

    static String placeName(String communeName) {
        for (String prefix : new String[] {"Phường ", "Xã ", "Đặc khu ", "Thị trấn "}) {
            if (communeName.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return communeName.substring(prefix.length()).strip();
            }
        }
        return communeName;
    }

    /** "phường Bắc Nha Trang": the commune's name inside a sentence, its kind in lower case. */
    public String communeInText() {
        int space = communeName.indexOf(' ');
        return space < 0 ? communeName : communeName.substring(0, space).toLowerCase(VI) + communeName.substring(space);
    }

    /** "UBND phường Bắc Nha Trang": the short form used in appendix references ("… của UBND phường"). */
    public String committeeShort() {
        return "UBND " + communeInText();
    }
}
