package vn.cchc.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Periods named in the reader's language for pages ({@code @periods} in templates). Stored and generated labels
 * name periods in Vietnamese, as documents need them ("Báo cáo tháng 6/2026", "Ban hành kế hoạch – Tháng 8/2025");
 * {@link #text} recognises such a label and names its period through the bundles, leaving any other text (a title a
 * user typed) as it is.
 */
@Component("periods")
public class PeriodNames {

    private static final Pattern VIETNAMESE = Pattern.compile("^(?<head>.+? – )?(?<report>báo cáo )?(?:"
            + "tháng (?<month>\\d{1,2})/(?<my>\\d{4})|quý (?<quarter>I|II|III|IV)/(?<qy>\\d{4})"
            + "|6 tháng (?<half>đầu|cuối) năm (?<hy>\\d{4})|9 tháng năm (?<ny>\\d{4})|năm (?<y>\\d{4}))$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern JOINT = Pattern.compile(" [—·] ");
    private static final java.util.List<String> ROMAN = java.util.List.of("", "I", "II", "III", "IV");

    private final MessageSource messages;

    PeriodNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Period period) {
        return period == null ? "" : messages.getMessage(period, locale());
    }

    public String ofCode(String code) {
        return of(Period.parse(code));
    }

    /**
     * A Vietnamese period label in the reader's language; other text unchanged. A line joined from pieces with " · "
     * or " — " (an inbox line: "Báo cáo tháng 6/2026 — Văn phòng") has each piece named on its own.
     */
    public String text(String label) {
        if (label == null || "vi".equals(locale().getLanguage())) {
            return label; // already the Vietnamese wording, exactly as stored or generated
        }
        StringBuilder out = new StringBuilder();
        Matcher joint = JOINT.matcher(label);
        int last = 0;
        while (joint.find()) {
            out.append(piece(label.substring(last, joint.start()))).append(joint.group());
            last = joint.end();
        }
        return out.append(piece(label.substring(last))).toString();
    }

    private String piece(String label) {
        Matcher m = VIETNAMESE.matcher(label.strip());
        if (!m.matches()) {
            return label;
        }
        Period period;
        try {
            period = period(m);
        } catch (IllegalArgumentException notAPeriod) {
            return label;
        }
        Locale locale = locale();
        String name = of(period);
        if (m.group("report") != null) {
            name = messages.getMessage("plan.deadline.explain.report", new Object[] {name}, locale);
        }
        String head = m.group("head");
        return head == null ? name : messages.getMessage("plan.deadline.explain.labelled",
                new Object[] {head.substring(0, head.length() - 3), name}, locale);
    }

    private static Period period(Matcher m) {
        if (m.group("month") != null) {
            return Period.month(Integer.parseInt(m.group("my")), Integer.parseInt(m.group("month")));
        }
        if (m.group("quarter") != null) {
            int quarter = ROMAN.indexOf(m.group("quarter").toUpperCase());
            return Period.quarter(Integer.parseInt(m.group("qy")), quarter);
        }
        if (m.group("half") != null) {
            return Period.half(Integer.parseInt(m.group("hy")), m.group("half").equalsIgnoreCase("đầu") ? 1 : 2);
        }
        if (m.group("ny") != null) {
            return Period.nineMonths(Integer.parseInt(m.group("ny")));
        }
        return Period.year(Integer.parseInt(m.group("y")));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
