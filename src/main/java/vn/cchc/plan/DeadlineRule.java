package vn.cchc.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.shared.BeforeReading;

/**
 * A task's deadline as typed data. Each rule expands into concrete occurrences for the span of its plan
 * (a year or a half-year). The original Vietnamese phrase is kept beside the rule by the task.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = DeadlineRule.FixedDate.class, name = "FIXED_DATE"),
        @JsonSubTypes.Type(value = DeadlineRule.WithinPeriod.class, name = "WITHIN_PERIOD"),
        @JsonSubTypes.Type(value = DeadlineRule.Recurring.class, name = "RECURRING"),
        @JsonSubTypes.Type(value = DeadlineRule.Continuous.class, name = "CONTINUOUS"),
        @JsonSubTypes.Type(value = DeadlineRule.External.class, name = "EXTERNAL"),
        @JsonSubTypes.Type(value = DeadlineRule.RelativeWorkingDays.class, name = "RELATIVE_WORKING_DAYS"),
        @JsonSubTypes.Type(value = DeadlineRule.Milestones.class, name = "MILESTONES"),
        @JsonSubTypes.Type(value = DeadlineRule.Span.class, name = "SPAN"),
})
public sealed interface DeadlineRule {

    /** The concrete due dates inside the plan's span, in date order. */
    List<Occurrence> occurrences(Period planSpan);

    /**
     * The periods of a cadence a plan covers: those wholly inside its span, and those that overlap it and fall due
     * inside it — in a half-year plan 2025S2 the year 2025 (due 31/12/2025) and the nine months (due 30/09/2025).
     */
    private static List<Period> periodsDueIn(Period span, PeriodType every,
                                             java.util.function.Function<Period, LocalDate> due) {
        List<Period> result = new ArrayList<>();
        for (Period p : Period.allOf(every, span.year())) {
            boolean inside = !p.start().isBefore(span.start()) && !p.end().isAfter(span.end());
            LocalDate d = due.apply(p);
            if (inside || !d.isBefore(span.start()) && !d.isAfter(span.end())) {
                result.add(p);
            }
        }
        return result;
    }

    /** A rule kind as a stable name, e.g. for message keys ({@code plan.deadline.kind.FIXED_DATE}). */
    String kind();

    /**
     * "Trước ngày 10/12/2025" (before = true: due as the province reads it, by default the day before) or
     * "Ngày 31/12/2025" (due that day). Rules stored before the reading existed read as {@link BeforeReading#DAY_BEFORE}.
     */
    record FixedDate(LocalDate date, boolean before, BeforeReading reading) implements DeadlineRule {
        public FixedDate {
            reading = reading == null ? BeforeReading.DAY_BEFORE : reading;
        }

        public FixedDate(LocalDate date, boolean before) {
            this(date, before, BeforeReading.DAY_BEFORE);
        }

        public LocalDate due() {
            return before ? reading.due(date) : date;
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            return List.of(new Occurrence(null, due(), null));
        }

        @Override
        public String kind() {
            return "FIXED_DATE";
        }
    }

    /** "Tháng 8", "Quý III", "Trong năm 2025": due at the end of the period. */
    record WithinPeriod(String period) implements DeadlineRule {
        public WithinPeriod {
            Period.parse(period);
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            Period p = Period.parse(period);
            return List.of(new Occurrence(p.label(), p.end(), p.code()));
        }

        @Override
        public String kind() {
            return "WITHIN_PERIOD";
        }
    }

    /**
     * "Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị)": one occurrence per period of the plan span,
     * due at the period's end or on {@code dueDay} of its last month (capped at the month's length), with an
     * optional required quantity per unit. {@code nextMonth} ("trước ngày 05 của tháng sau"): the due day lies in the
     * month after the period instead (null in rules stored before it).
     */
    record Recurring(PeriodType every, Integer dueDay, Integer quantity, String quantityUnit, String per,
                     Boolean nextMonth) implements DeadlineRule {
        public Recurring(PeriodType every, Integer dueDay, Integer quantity, String quantityUnit, String per) {
            this(every, dueDay, quantity, quantityUnit, per, null);
        }

        public boolean dueNextMonth() {
            return Boolean.TRUE.equals(nextMonth);
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            List<Occurrence> result = new ArrayList<>();
            for (Period p : periodsDueIn(planSpan, every, this::dueIn)) {
                result.add(new Occurrence(p.label(), dueIn(p), p.code()));
            }
            return result;
        }

        private LocalDate dueIn(Period p) {
            if (dueDay == null || dueDay == 0) {
                // dueDay 0: "trước ngày 01" read as the day before the 1st, the last day of the period.
                return p.end();
            }
            LocalDate month = dueNextMonth() ? p.end().plusDays(1) : p.end();
            return month.withDayOfMonth(Math.min(dueDay, month.lengthOfMonth()));
        }

        @Override
        public String kind() {
            return "RECURRING";
        }
    }

    /** "Thường xuyên", "Cả năm": no deadline of its own, reported on every reporting period of the plan. */
    record Continuous(PeriodType reportEvery) implements DeadlineRule {
        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            return periodsDueIn(planSpan, reportEvery, Period::end).stream()
                    .map(p -> new Occurrence("Báo cáo " + p.label(), p.end(), p.code())).toList();
        }

        @Override
        public String kind() {
            return "CONTINUOUS";
        }
    }

    /**
     * "Theo Kế hoạch của tỉnh", "Khi có hướng dẫn", "Khi được kiểm tra": waits for someone else. It has no due
     * date until one is set ({@code dueDate}); {@code notLaterThan} is an outer bound the phrase gives, if any.
     */
    record External(Trigger trigger, String issuer, LocalDate dueDate, LocalDate notLaterThan) implements DeadlineRule {
        public enum Trigger {
            /** theo kế hoạch / lộ trình / tiến độ của … */
            PLAN,
            /** khi có / sau khi có / theo hướng dẫn của … */
            GUIDANCE,
            /** theo quy định (của …) */
            REGULATION,
            /** theo quyết định của … */
            DECISION,
            /** theo yêu cầu / đề nghị của … */
            REQUEST,
            /** khi được kiểm tra, thanh tra, kiểm toán */
            INSPECTION,
            /** khi có / sau khi … (another event; {@code issuer} then holds what is awaited) */
            EVENT
        }

        public External withDueDate(LocalDate date) {
            return new External(trigger, issuer, date, notLaterThan);
        }

        public boolean awaiting() {
            return dueDate == null;
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            return dueDate == null ? List.of() : List.of(new Occurrence(null, dueDate, null));
        }

        @Override
        public String kind() {
            return "EXTERNAL";
        }
    }

    /**
     * "Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành": due per event, in working days, or in
     * calendar days ({@code calendarDays}: "trong thời hạn 15 ngày kể từ …"; absent in rules stored before it).
     */
    record RelativeWorkingDays(String event, int workingDays, boolean calendarDays) implements DeadlineRule {
        public RelativeWorkingDays(String event, int workingDays) {
            this(event, workingDays, false);
        }

        public LocalDate dueAfter(LocalDate eventDate, WorkingCalendar calendar) {
            return calendarDays ? eventDate.plusDays(workingDays) : calendar.addWorkingDays(eventDate, workingDays);
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            return List.of();
        }

        @Override
        public String kind() {
            return "RELATIVE_WORKING_DAYS";
        }
    }

    /** "Ban hành kế hoạch: Tháng 8; Thực hiện: Cả năm": several labelled rules. */
    record Milestones(List<Milestone> milestones) implements DeadlineRule {
        public Milestones {
            milestones = List.copyOf(milestones);
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            List<Occurrence> result = new ArrayList<>();
            LocalDate previousDue = null;
            for (Milestone m : milestones) {
                LocalDate after = previousDue;
                for (Occurrence o : m.rule().occurrences(planSpan)) {
                    // "Thực hiện: Cả năm" after "Ban hành kế hoạch: Tháng 7" is reported only once the plan exists.
                    if (m.rule() instanceof Continuous && after != null && !o.due().isAfter(after)) {
                        continue;
                    }
                    previousDue = previousDue == null || o.due().isAfter(previousDue) ? o.due() : previousDue;
                    String label = m.label() == null ? o.label()
                            : o.label() == null ? m.label() : m.label() + " – " + o.label();
                    result.add(new Occurrence(label, o.due(), o.period()));
                }
            }
            result.sort(java.util.Comparator.comparing(Occurrence::due));
            return result;
        }

        @Override
        public String kind() {
            return "MILESTONES";
        }
    }

    /** "Từ tháng 3 đến tháng 6", "Từ 01/3 đến 15/3": work over a span, due at its end. */
    record Span(LocalDate from, LocalDate to) implements DeadlineRule {
        public Span {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Span ends before it starts: " + from + " – " + to);
            }
        }

        @Override
        public List<Occurrence> occurrences(Period planSpan) {
            return List.of(new Occurrence(null, to, null));
        }

        @Override
        public String kind() {
            return "SPAN";
        }
    }

    record Milestone(String label, DeadlineRule rule) {
    }

    /** One concrete due date; {@code period} is the period code it belongs to, when it has one. */
    record Occurrence(String label, LocalDate due, String period) {
    }
}
