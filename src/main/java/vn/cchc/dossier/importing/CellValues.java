package vn.cchc.dossier.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.dossier.timeliness.Pause;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.VietnamTime;

/**
 * Reads the cell formats one-stop exports use: dates as dd/MM/yyyy or ISO (with or without a time), yes/no in
 * Vietnamese or English, fees with any thousands separator, satisfaction in words or 1–3, pause intervals as
 * "start - end" separated by semicolons. A date without a time is read at {@code dateOnlyTime} (the end of the
 * office day for an appointment: the citizen may collect until closing).
 */
public final class CellValues {

    private static final DateTimeFormatter VN = new DateTimeFormatterBuilder()
            .appendPattern("d/M/uuuu")
            .optionalStart().appendLiteral(' ').appendPattern("H:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendPattern("['T'][' ']HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern HAS_TIME = Pattern.compile(".*\\d{1,2}:\\d{2}.*");
    // Compiled once: String.replaceAll compiled them again for every row (3% of the import's reading in the profile).
    private static final Pattern FEE_NOISE = Pattern.compile("[\\s.,đĐdVND₫]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern INTERVAL_SPLIT = Pattern.compile("\\s+-\\s+|\\s*→\\s*|\\s*–\\s*");

    private CellValues() {
    }

    static Instant instant(String text, LocalTime dateOnlyTime, DossierField field) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            LocalDateTime value = fastVietnamese(t, dateOnlyTime);
            if (value == null) {
                boolean iso = Character.isDigit(t.charAt(0)) && t.length() >= 10 && t.charAt(4) == '-';
                value = LocalDateTime.parse(t, iso ? ISO : VN);
                if (!HAS_TIME.matcher(t).matches()) {
                    value = value.toLocalDate().atTime(dateOnlyTime);
                }
            }
            if (!PlausibleDates.containsYear(value.getYear())) {
                throw new RowProblem("dossier.import.row.dateRange", field.messageKey(), t);
            }
            return value.atZone(VietnamTime.ZONE).toInstant();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new RowProblem("dossier.import.row.date", field.messageKey(), t);
        }
    }

    /**
     * The common export form "dd/MM/yyyy" or "dd/MM/yyyy HH:mm" read without a formatter (a million rows carry eight
     * dates each); anything else, or an impossible date, returns null and takes the general path.
     */
    private static LocalDateTime fastVietnamese(String t, LocalTime dateOnlyTime) {
        int n = t.length();
        if ((n != 10 && n != 16) || t.charAt(2) != '/' || t.charAt(5) != '/') {
            return null;
        }
        int day = digits(t, 0, 2);
        int month = digits(t, 3, 5);
        int year = digits(t, 6, 10);
        if (day < 1 || month < 1 || month > 12 || year < 0) {
            return null;
        }
        if (n == 10) {
            return java.time.YearMonth.of(year, month).isValidDay(day) ? LocalDateTime.of(LocalDate.of(year, month, day), dateOnlyTime) : null;
        }
        if (t.charAt(10) != ' ' || t.charAt(13) != ':') {
            return null;
        }
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || !java.time.YearMonth.of(year, month).isValidDay(day)) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static boolean yes(String text) {
        String t = SearchText.key(text);
        return switch (t) {
            case "", "0", "khong", "no", "false", "chua", "n", "-" -> false;
            default -> true;
        };
    }

    static BigDecimal fee(String text) {
        String digits = text == null ? "" : FEE_NOISE.matcher(text).replaceAll("");
        if (digits.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 13) {
            throw new RowProblem("dossier.import.row.fee", text.trim());
        }
        return new BigDecimal(digits);
    }

    /** Status words (folded, as whole words) of a dossier that left without a result. */
    private static final List<String> WITHOUT_RESULT = List.of(" rut ", " tu choi ", " khong duoc tiep nhan ",
            " khong tiep nhan ", " dung xu ly ", " dung giai quyet ", " huy ", " tra lai ho so ");

    /**
     * Whether a status cell says the dossier left without a result: the citizen withdrew it ("Công dân yêu cầu rút
     * hồ sơ"), it was refused ("Từ chối", "Không được tiếp nhận", "Trả lại hồ sơ"), cancelled or stopped ("Dừng xử
     * lý"). Any other status ("Đã trả kết quả", "Đang xử lý") is an ordinary dossier.
     */
    public static boolean withoutResult(String status) {
        if (status == null || status.isEmpty()) {
            return false;
        }
        String t = " " + NOT_WORD.matcher(SearchText.key(status)).replaceAll(" ") + " ";
        return WITHOUT_RESULT.stream().anyMatch(t::contains);
    }

    /** 3 very satisfied, 2 satisfied, 1 not satisfied; empty when not rated. */
    static Integer rating(String text) {
        String t = SearchText.key(text);
        if (t.isEmpty()) {
            return null;
        }
        if (t.contains("khong hai long") || t.equals("1")) {
            return 1;
        }
        if (t.contains("rat hai long") || t.equals("3")) {
            return 3;
        }
        if (t.contains("hai long") || t.contains("binh thuong") || t.equals("2")) {
            return 2;
        }
        throw new RowProblem("dossier.import.row.rating", text.trim());
    }

    static List<Pause> pauses(String text, Pause.Kind kind, DossierField field) {
        List<Pause> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = INTERVAL_SPLIT.split(part.trim(), 2);
            Instant start = instant(range[0], LocalTime.of(0, 0), field);
            Instant end = range.length > 1 ? instant(range[1], LocalTime.of(0, 0), field) : null;
            if (end != null && end.isBefore(start)) {
                throw new RowProblem("dossier.import.row.pauseOrder", part.trim());
            }
            out.add(new Pause(kind, start, end));
        }
        return out;
    }
}
