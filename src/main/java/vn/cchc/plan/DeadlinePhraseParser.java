package vn.cchc.plan;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.SearchText;

/**
 * Reads the Vietnamese deadline phrases of PAR plans ("Trước ngày 30 hằng tháng", "Quý I và quý III năm 2026",
 * "Định kỳ hằng quý, 6 tháng và năm", "Từ tháng 3 đến tháng 6", "Theo Kế hoạch của tỉnh", "Ban hành kế hoạch:
 * Tháng 8; Thực hiện: Cả năm", …) into a {@link DeadlineRule} with one explaining sentence, its due dates in the
 * plan's span and warnings. The grammar ({@link DeadlineGrammar}, {@link DeadlineCadences}, {@link DeadlinePoints})
 * runs over tokens of the diacritic-folded text, so what it quotes back comes from the original.
 */
public final class DeadlinePhraseParser {

    /** Longer than any plan's deadline cell; the task form refuses longer phrases with this limit. */
    public static final int MAX_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(DeadlinePhraseParser.class);

    private static final Pattern SENTENCE = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    /** Labels that only say "deadline:" ("Thời gian thực hiện: Tháng 7/2025") add nothing to the rule. */
    private static final Pattern GENERIC_LABEL = Pattern.compile(
            "^(thoi gian( thuc hien| hoan thanh)?|thoi han( hoan thanh)?|tien do( thuc hien)?|han( nop| hoan thanh| chot)?)$");

    private static final int JOINED_MAX_LENGTH = 160;
    private static final Pattern ANCHOR_WORD = Pattern.compile(
            "(truoc|trong|tu|den|ngay|thang|quy|hang|dinh ky|cham nhat)\\b");

    public ParseResult parse(String phrase, ParseContext context) {
        if (phrase == null || phrase.isBlank()) {
            return ParseResult.failed("plan.deadline.empty");
        }
        if (phrase.length() > MAX_LENGTH) {
            return ParseResult.failed("plan.deadline.tooLong", MAX_LENGTH);
        }
        String original = Normalizer.normalize(phrase, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            List<Integer> years = new ArrayList<>();
            DeadlineRule rule = rule(original, context, years);
            return rule == null ? ParseResult.failed("plan.deadline.unparsed", original)
                    : DeadlineExplainer.explain(rule, context, years);
        } catch (DeadlineGrammar.Refused e) {
            return ParseResult.failed(e.key, e.args);
        } catch (DateTimeException e) {
            // A date the grammar let through but the calendar refuses: the phrase's fault, never a 500.
            log.warn("Deadline phrase gave an impossible date: {}", original, e);
            return ParseResult.failed("plan.deadline.invalidDate", original);
        } catch (RuntimeException e) {
            // A grammar bug must not turn a user's phrase into a 500: answer "not understood", keep the trace.
            log.error("Deadline grammar failed on: {}", original, e);
            return ParseResult.failed("plan.deadline.notReadable", original);
        }
    }

    /** The explanation, due dates and warnings of a stored rule (the task page). */
    public ParseResult.Parsed describe(DeadlineRule rule, ParseContext context) {
        return DeadlineExplainer.explain(rule, context, List.of());
    }

    private static DeadlineRule rule(String original, ParseContext context, List<Integer> years) {
        List<String> parts = parts(original);
        if (parts.isEmpty()) {
            return null;
        }
        List<DeadlineRule.Milestone> milestones = new ArrayList<>();
        for (String part : parts) {
            DeadlineRule.Milestone m = milestone(part, context, years);
            if (m == null) {
                return null;
            }
            milestones.add(m);
        }
        if (milestones.size() == 1 && milestones.get(0).label() == null) {
            return milestones.get(0).rule();
        }
        return new DeadlineRule.Milestones(milestones);
    }

    /** Splits on ";" and on sentence ends ". X" (capital after the dot), dropping empty parts. */
    private static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        for (String semi : text.split(";")) {
            for (String sentence : SENTENCE.split(semi)) {
                String s = sentence.strip().replaceAll("[.;,]+$", "").strip();
                if (!s.isEmpty()) {
                    parts.add(s);
                }
            }
        }
        return parts;
    }

    /** "Ban hành kế hoạch: Tháng 8", "Báo cáo năm hoàn thành trước ngày 30/11/2025", or a bare rule. */
    private static DeadlineRule.Milestone milestone(String part, ParseContext context, List<Integer> years) {
        int colon = part.indexOf(':');
        if (colon >= 2 && colon <= 60) {
            String label = part.substring(0, colon).strip();
            DeadlineRule rule = whole(part.substring(colon + 1).strip(), context, years);
            if (rule != null) {
                return new DeadlineRule.Milestone(GENERIC_LABEL.matcher(SearchText.key(label)).matches() ? null : label,
                        rule);
            }
            // "Quý I/2026: Xây dựng kế hoạch": the time first, then what is due.
            String what = part.substring(colon + 1).strip();
            DeadlineRule first = what.isEmpty() ? null : whole(label, context, years);
            if (first != null) {
                return new DeadlineRule.Milestone(what, first);
            }
        }
        DeadlineRule rule = whole(part, context, years);
        if (rule == null) {
            rule = joined(part, context, years);
        }
        if (rule != null) {
            return new DeadlineRule.Milestone(null, rule);
        }
        return labelled(part, context, years);
    }

    /**
     * "Hằng quý (trước ngày 15 tháng cuối quý) và năm (trước ngày 15/11)", "Hằng năm, thường xuyên": two deadlines of
     * different kinds joined by "và" or a comma, each read on its own.
     */
    private static DeadlineRule joined(String part, ParseContext context, List<Integer> years) {
        // Each split reparses both sides: a cell-sized part keeps it to a few short parses.
        if (part.length() > JOINED_MAX_LENGTH) {
            return null;
        }
        DeadlineCursor all = new DeadlineCursor(part, context);
        for (int i = 1; i + 1 < all.size(); i++) {
            if (!all.token(i).is("va") && !all.token(i).punct(',')) {
                continue;
            }
            List<Integer> said = new ArrayList<>();
            DeadlineRule left = whole(all.originalBefore(i), context, said);
            DeadlineRule right = left == null ? null : whole(all.originalFrom(i + 1), context, said);
            if (right != null) {
                years.addAll(said);
                return new DeadlineRule.Milestones(List.of(new DeadlineRule.Milestone(null, left),
                        new DeadlineRule.Milestone(null, right)));
            }
        }
        return null;
    }

    private static DeadlineRule whole(String text, ParseContext context, List<Integer> years) {
        DeadlineCursor cursor = new DeadlineCursor(text, context);
        DeadlineRule rule = DeadlineGrammar.part(cursor);
        if (rule == null) {
            cursor = new DeadlineCursor(text, context);
            rule = DeadlineExternals.external(cursor, text);
        }
        if (rule != null) {
            years.addAll(cursor.years);
        }
        return rule;
    }

    /** A label followed by a deadline: the first word from which the rest parses, the words before it the label. */
    private static DeadlineRule.Milestone labelled(String part, ParseContext context, List<Integer> years) {
        DeadlineCursor all = new DeadlineCursor(part, context);
        // A label that itself starts like a deadline ("Trong tháng 5 đến …") is a phrase not understood, not a label.
        if (ANCHOR_WORD.matcher(SearchText.key(part)).lookingAt()) {
            return null;
        }
        for (int i = 1; i < all.size(); i++) {
            if (!all.token(i).is("truoc") && !all.token(i).is("cham") && !all.token(i).is("den")
                    && !all.token(i).is("han") && !all.token(i).is("hoan")) {
                continue;
            }
            DeadlineCursor tail = all.from(i);
            DeadlineRule rule = DeadlineGrammar.part(tail);
            if (rule != null && tail.atEnd()) {
                years.addAll(tail.years);
                String label = all.originalBefore(i).replaceAll("[,:]+$", "").strip();
                return new DeadlineRule.Milestone(label.isEmpty() ? null : label, rule);
            }
        }
        return null;
    }

    /**
     * The plan's span (phrases without a year take its year), how often continuous tasks are reported, today (for
     * the "already past" warning; null to skip it) and how the province reads "Trước ngày X".
     */
    public record ParseContext(Period span, PeriodType reportEvery, LocalDate today, BeforeReading reading) {
        public ParseContext {
            Objects.requireNonNull(span, "span");
            reportEvery = reportEvery == null ? PeriodType.QUARTER : reportEvery;
            reading = reading == null ? BeforeReading.DAY_BEFORE : reading;
        }

        public ParseContext(int year, PeriodType reportEvery) {
            this(Period.year(year), reportEvery, null, BeforeReading.DAY_BEFORE);
        }

        public static ParseContext of(int year) {
            return new ParseContext(year, PeriodType.QUARTER);
        }

        public int year() {
            return span.year();
        }

        public ParseContext withToday(LocalDate date) {
            return new ParseContext(span, reportEvery, date, reading);
        }

        public ParseContext withReading(BeforeReading r) {
            return new ParseContext(span, reportEvery, today, r);
        }
    }

    /** Either a rule with its explanation, or a message key with arguments saying why it was not understood. */
    public sealed interface ParseResult {
        /** Whether the phrase was understood (templates cannot name nested record types). */
        boolean ok();

        static ParseResult failed(String messageKey, Object... args) {
            return new Failed(messageKey, args);
        }

        /** The rule, one sentence saying what it means, warnings (never a refusal) and the due dates in the span. */
        record Parsed(DeadlineRule rule, DeadlineMessage explanation, List<DeadlineMessage> warnings,
                      List<LocalDate> dueDates) implements ParseResult {
            public Parsed {
                warnings = List.copyOf(warnings);
                dueDates = List.copyOf(dueDates);
            }

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
}
