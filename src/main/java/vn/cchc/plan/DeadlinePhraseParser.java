package vn.cchc.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.SearchText;

/**
 * Reads the Vietnamese deadline phrases of PAR plans ("Trước ngày 10/12/2025", "Trong quý IV năm 2025",
 * "Định kỳ hàng tháng", "Theo Kế hoạch của tỉnh", "Ban hành kế hoạch: Tháng 8; Thực hiện: Cả năm", …) into
 * a {@link DeadlineRule}. Matching runs on the diacritic-folded text, which keeps one character per original
 * character, so pieces quoted back to the user (issuer, event, quantity unit) come from the original text.
 */
public final class DeadlinePhraseParser {

    private static final String DATE = "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?";
    private static final Pattern FIXED = Pattern.compile(
            "^(truoc ngay|cham nhat ngay|cham nhat la ngay|han chot|den ngay|ngay|trong ngay|vao ngay)\\s+" + DATE + "$");
    private static final Pattern FIXED_IN_TEXT = Pattern.compile(
            "(truoc ngay|cham nhat ngay|den ngay|ngay)\\s+" + DATE);
    private static final Pattern MONTH = Pattern.compile(
            "^(?:trong\\s+)?thang\\s+(\\d{1,2})(?:\\s*/\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))?(?:\\s*\\(.*\\))?$");
    private static final Pattern QUARTER = Pattern.compile(
            "^(?:trong\\s+)?quy\\s+(iv|iii|ii|i|[1-4])(?:\\s*/\\s*(\\d{4})|\\s+nam\\s+(\\d{4}))?$");
    private static final Pattern HALF = Pattern.compile(
            "^(?:trong\\s+)?6\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?$");
    private static final Pattern NINE_MONTHS = Pattern.compile("^(?:trong\\s+)?9\\s+thang(?:\\s+(?:dau\\s+)?nam)?(?:\\s+(\\d{4}))?$");
    private static final Pattern YEAR = Pattern.compile("^(?:trong\\s+)?nam\\s+(\\d{4})$");
    private static final Pattern CONTINUOUS = Pattern.compile(
            "^(thuong xuyen|ca nam|trong ca nam|hang ngay|lien tuc|thuong xuyen, lien tuc)$");
    private static final Pattern RECURRING = Pattern.compile(
            "^(?:dinh ky\\s+)?hang\\s+(thang|quy)(?:\\s*\\((.*)\\))?$|^dinh ky\\s+(6 thang|sau thang|nam|hang nam)(?:\\s*\\((.*)\\))?$");
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:toi thieu|it nhat|moi thang|moi quy)?[^\\d]*?(\\d+)\\s+([^/\\d]+?)\\s*/\\s*(?:1\\s+)?([^)]+)$");
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:cham nhat|trong vong|trong thoi han|khong qua)\\s+(\\d{1,3})\\s+ngay lam viec\\s+(?:ke tu|tu khi|sau khi|ke tu khi|tu ngay|ke tu ngay)\\s+(.+)$");
    private static final Pattern EXTERNAL_START = Pattern.compile("^(theo|khi|sau khi|ngay sau khi)\\b.*");
    private static final Pattern WITHIN_YEAR = Pattern.compile("trong nam (\\d{4})");
    private static final Pattern LABELLED = Pattern.compile("^([^:]{2,60}):\\s*(.+)$");

    public ParseResult parse(String phrase, ParseContext context) {
        if (phrase == null || phrase.isBlank()) {
            return ParseResult.failed("plan.deadline.empty");
        }
        String original = phrase.strip().replaceAll("\\s+", " ");
        try {
            List<String> parts = splitMilestones(original);
            if (parts.size() > 1) {
                return milestones(parts, context);
            }
            return single(original, context);
        } catch (InvalidPhrase e) {
            return ParseResult.failed(e.key, e.args);
        }
    }

    private ParseResult milestones(List<String> parts, ParseContext context) {
        List<DeadlineRule.Milestone> milestones = new ArrayList<>();
        for (String part : parts) {
            Matcher labelled = LABELLED.matcher(part);
            if (labelled.matches()) {
                ParseResult inner = single(labelled.group(2).strip(), context);
                if (!(inner instanceof ParseResult.Parsed p)) {
                    return inner;
                }
                milestones.add(new DeadlineRule.Milestone(labelled.group(1).strip(), p.rule()));
                continue;
            }
            ParseResult whole = single(part, context);
            if (whole instanceof ParseResult.Parsed p) {
                milestones.add(new DeadlineRule.Milestone(null, p.rule()));
                continue;
            }
            // "Báo cáo năm hoàn thành trước ngày 30/11/2025": a label followed by a date expression.
            String folded = SearchText.fold(part);
            Matcher date = FIXED_IN_TEXT.matcher(folded);
            if (!date.find() || date.start() == 0) {
                return whole;
            }
            String label = part.substring(0, date.start()).strip()
                    .replaceAll("(?iu)\\s+(hoàn thành|thực hiện|xong)$", "");
            ParseResult inner = single(part.substring(date.start()), context);
            if (!(inner instanceof ParseResult.Parsed p)) {
                return inner;
            }
            milestones.add(new DeadlineRule.Milestone(label, p.rule()));
        }
        return ParseResult.parsed(new DeadlineRule.Milestones(milestones));
    }

    /** Splits on ";" and on sentence ends ". X" (capital after the dot), dropping empty parts. */
    private static List<String> splitMilestones(String text) {
        List<String> parts = new ArrayList<>();
        for (String semi : text.split(";")) {
            for (String sentence : semi.split("\\.\\s+(?=\\p{Lu})")) {
                String s = sentence.strip().replaceAll("[.;,]+$", "").strip();
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
        }
        return parts;
    }

    private ParseResult single(String original, ParseContext context) {
        String text = original.replaceAll("[.;]+$", "").strip();
        String s = SearchText.fold(text);
        Matcher m;

        if ((m = FIXED.matcher(s)).matches()) {
            LocalDate date = date(m.group(2), m.group(3), m.group(4), context.year(), text);
            return ParseResult.parsed(new DeadlineRule.FixedDate(date, m.group(1).startsWith("truoc")));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month < 1 || month > 12) {
                throw new InvalidPhrase("plan.deadline.invalidMonth", month);
            }
            return within(Period.month(year(m.group(2), m.group(3), context), month));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return within(Period.quarter(year(m.group(2), m.group(3), context), quarter(m.group(1))));
        }
        if ((m = HALF.matcher(s)).matches()) {
            return within(Period.half(year(m.group(2), null, context), m.group(1).equals("dau") ? 1 : 2));
        }
        if ((m = NINE_MONTHS.matcher(s)).matches()) {
            return within(Period.nineMonths(year(m.group(1), null, context)));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return within(Period.year(year(m.group(1), null, context)));
        }
        if (CONTINUOUS.matcher(s).matches()) {
            return ParseResult.parsed(new DeadlineRule.Continuous(context.reportEvery()));
        }
        if ((m = RECURRING.matcher(s)).matches()) {
            return recurring(m, text);
        }
        if ((m = RELATIVE.matcher(s)).matches()) {
            int days = Integer.parseInt(m.group(1));
            return ParseResult.parsed(new DeadlineRule.RelativeWorkingDays(text.substring(m.start(2)).strip(), days));
        }
        DeadlineRule.External external = external(text, s);
        if (external != null) {
            return ParseResult.parsed(external);
        }
        return ParseResult.failed("plan.deadline.unparsed", text);
    }

    private static ParseResult within(Period period) {
        return ParseResult.parsed(new DeadlineRule.WithinPeriod(period.code()));
    }

    private static ParseResult recurring(Matcher m, String text) {
        PeriodType every;
        String remark;
        if (m.group(1) != null) {
            every = m.group(1).equals("thang") ? PeriodType.MONTH : PeriodType.QUARTER;
            remark = m.group(2) == null ? null : text.substring(m.start(2), m.end(2));
        } else {
            every = m.group(3).contains("nam") && !m.group(3).contains("6") && !m.group(3).contains("sau")
                    ? PeriodType.YEAR : PeriodType.HALF_YEAR;
            remark = m.group(4) == null ? null : text.substring(m.start(4), m.end(4));
        }
        Integer quantity = null;
        String unit = null;
        String per = null;
        if (remark != null) {
            Matcher q = QUANTITY.matcher(SearchText.fold(remark));
            if (q.find()) {
                quantity = Integer.parseInt(q.group(1));
                unit = remark.substring(q.start(2), q.end(2)).strip();
                per = remark.substring(q.start(3), q.end(3)).strip();
            }
        }
        return ParseResult.parsed(new DeadlineRule.Recurring(every, null, quantity, unit, per));
    }

    /** Phrases that wait for the province, guidance, a decision or an inspection. */
    private static DeadlineRule.External external(String text, String s) {
        boolean startsLikeExternal = EXTERNAL_START.matcher(s).matches();
        boolean mentionsRegulation = s.contains("theo dung thoi gian quy dinh") || s.contains("theo quy dinh");
        if (!startsLikeExternal && !mentionsRegulation) {
            return null;
        }
        DeadlineRule.External.Trigger trigger;
        if (s.contains("kiem tra") || s.contains("thanh tra") || s.contains("kiem toan")) {
            trigger = DeadlineRule.External.Trigger.INSPECTION;
        } else if (s.contains("huong dan")) {
            trigger = DeadlineRule.External.Trigger.GUIDANCE;
        } else if (s.contains("ke hoach") || s.contains("kh cua") || s.contains("lo trinh") || s.contains("tien do")) {
            trigger = DeadlineRule.External.Trigger.PLAN;
        } else if (s.contains("quyet dinh")) {
            trigger = DeadlineRule.External.Trigger.DECISION;
        } else if (s.contains("yeu cau") || s.contains("de nghi")) {
            trigger = DeadlineRule.External.Trigger.REQUEST;
        } else if (s.contains("quy dinh")) {
            trigger = DeadlineRule.External.Trigger.REGULATION;
        } else {
            return null;
        }
        String issuer = null;
        int of = s.indexOf(" cua ");
        if (startsLikeExternal && of >= 0) {
            issuer = text.substring(of + 5).strip();
            int within = SearchText.fold(issuer).indexOf(" trong nam ");
            if (within >= 0) {
                issuer = issuer.substring(0, within);
            }
        }
        LocalDate notLaterThan = null;
        Matcher year = WITHIN_YEAR.matcher(s);
        if (year.find()) {
            notLaterThan = LocalDate.of(plausible(Integer.parseInt(year.group(1))), 12, 31);
        }
        return new DeadlineRule.External(trigger, issuer, null, notLaterThan);
    }

    private static LocalDate date(String day, String month, String year, int defaultYear, String text) {
        try {
            return LocalDate.of(year == null ? defaultYear : plausible(Integer.parseInt(year)), Integer.parseInt(month),
                    Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidPhrase("plan.deadline.invalidDate", text);
        }
    }

    private static int year(String slashYear, String namYear, ParseContext context) {
        String y = slashYear != null ? slashYear : namYear;
        return y == null ? context.year() : plausible(Integer.parseInt(y));
    }

    /** "Trước ngày 31/12/1899" or "trong năm 9999" is a typing mistake, not a deadline. */
    private static int plausible(int year) {
        if (!PlausibleDates.containsYear(year)) {
            throw new InvalidPhrase("plan.deadline.yearRange", String.valueOf(year));
        }
        return year;
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    /** The plan's year (for phrases without one) and how often continuous tasks are reported. */
    public record ParseContext(int year, PeriodType reportEvery) {
        public static ParseContext of(int year) {
            return new ParseContext(year, PeriodType.QUARTER);
        }
    }

    /** Either a rule, or a message key with arguments saying why the phrase was not understood. */
    public sealed interface ParseResult {
        /** Whether the phrase was understood (templates cannot name nested record types). */
        boolean ok();

        static ParseResult parsed(DeadlineRule rule) {
            return new Parsed(rule);
        }

        static ParseResult failed(String messageKey, Object... args) {
            return new Failed(messageKey, args);
        }

        record Parsed(DeadlineRule rule) implements ParseResult {
            @Override
            public boolean ok() {
                return true;
            }
        }

        record Failed(String messageKey, Object[] args) implements ParseResult {
            @Override
            public boolean ok() {
                return false;
            }
        }
    }

    private static final class InvalidPhrase extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        InvalidPhrase(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }
}
