package vn.cchc.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats for templates ({@code @fmt}): dates dd/MM/yyyy in both languages; numbers in the reader's language (95,5%
 * and 1.234 in Vietnamese, 95.5% and 1,234 in English). Official documents are Vietnamese whoever makes them: they
 * use {@link #vietnamese()}.
 */
@Component("fmt")
public class Formats {

    private static final Formats VIETNAMESE = new Formats(new Locale("vi"));

    /** Null: the language of the request being answered. */
    private final Locale fixed;

    public Formats() {
        this(null);
    }

    private Formats(Locale fixed) {
        this.fixed = fixed;
    }

    /** Numbers as Vietnamese documents write them, whatever language the page is in. */
    public static Formats vietnamese() {
        return VIETNAMESE;
    }

    /** English only when asked for: outside a request (mails, jobs) the app speaks Vietnamese, its default. */
    private boolean english() {
        LocaleContext request = LocaleContextHolder.getLocaleContext();
        Locale locale = fixed != null ? fixed : request == null ? null : request.getLocale();
        return locale != null && "en".equals(locale.getLanguage());
    }

    public String date(LocalDate date) {
        return date == null ? "" : VietnamTime.DATE.format(date);
    }

    /** 95.5 → "95,5" (English: "95.5"); 100.000 → "100"; at most 3 decimals. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal scaled = value.setScale(Math.min(3, Math.max(0, value.scale())), RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = scaled.scale() < 0 ? scaled.setScale(0).toPlainString() : scaled.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : (english() ? "." : ",") + plain.substring(dot + 1);
        return groupThousands(integer, english() ? ',' : '.') + fraction;
    }

    /** A whole number with thousands grouped in the reader's language: 12345 → "12.345" (English: "12,345"). */
    public String count(long value) {
        return groupThousands(Long.toString(value), english() ? ',' : '.');
    }

    private static String groupThousands(String integer, char separator) {
        boolean negative = integer.startsWith("-");
        String digits = negative ? integer.substring(1) : integer;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }

    public String percent(BigDecimal value) {
        return value == null ? "" : number(value) + "%";
    }

    /** A share as a percentage with one decimal: 0.955 → "95,5%"; nothing when there is no denominator. */
    public String share(long part, long whole) {
        if (whole == 0) {
            return "–";
        }
        return percent(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamTime.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** File sizes as officials read them: "850 KB", "1,2 MB". */
    public String bytes(long size) {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
        return number(BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)) + " MB";
    }

    /** Whole megabytes of a byte limit, for messages ("tối đa 20 MB"). */
    public static String megabytes(long bytes) {
        return Long.toString(bytes / (1024 * 1024));
    }
}
