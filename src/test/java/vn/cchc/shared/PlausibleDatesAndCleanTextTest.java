package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accepted date span (2000–2100, both ends inside) and the characters removed from typed text. */
class PlausibleDatesAndCleanTextTest {

    @ParameterizedTest
    @CsvSource({
            "0001-01-01, false", "1899-12-31, false", "1999-12-31, false", "2000-01-01, true", "2026-11-30, true",
            "2100-12-31, true", "2101-01-01, false", "+999999999-12-31, false", "-999999999-01-01, false"})
    void datesAreAcceptedFrom2000To2100(String iso, boolean accepted) {
        assertThat(PlausibleDates.contains(LocalDate.parse(iso))).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"1999-12-31T23:59:59+07:00, false", "2000-01-01T00:00+07:00, true", "2100-12-31T23:59Z, true",
            "+999999999-01-01T00:00Z, false"})
    void instantsAreJudgedByTheirOwnYear(String iso, boolean accepted) {
        assertThat(PlausibleDates.contains(OffsetDateTime.parse(iso))).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
            "Báo cáo quý III -> Báo cáo quý III",
            "a\\u0000b -> ab",
            "x\\u202Eyz -> xyz",
            "\\u2066\\u2067\\u2068\\u2069ok -> ok",
            "\\u200E\\u200F\\u061C\\u007F -> ''",
            "dòng 1\\ndòng 2\\tcột -> dòng 1\\ndòng 2\\tcột",
    })
    void cleanTextDropsNulAndBidiControlsButKeepsLineBreaksAndVietnamese(String raw, String expected) {
        assertThat(CleanText.clean(unescape(raw))).isEqualTo(unescape(expected));
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && s.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 't') {
                out.append('\t');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
