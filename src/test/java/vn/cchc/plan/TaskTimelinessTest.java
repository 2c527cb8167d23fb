package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.DayOverride;
import vn.cchc.calendar.OfficeHours;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.YearSchedule;

/** The timeliness rule by hand: seven days count as due soon, coordinators owe their input five working days early. */
class TaskTimelinessTest {

    private static final TaskTimeliness RULE = new TaskTimeliness(new TimelinessSettings(7, 5));
    private static final Period YEAR_2025 = Period.year(2025);

    /** Occurrences due on Tuesday 30/9/2025; rows worked out from "end ≤ due is on time" and due − today ≤ 7. */
    @ParameterizedTest(name = "due 2025-09-30, completed {0}, today {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "2025-09-30, 2025-10-05, DONE_ON_TIME", // completed on the due day itself: on time
            "2025-09-12, 2025-09-15, DONE_ON_TIME", // completed early, whatever today is
            "2025-10-01, 2025-10-05, DONE_LATE",    // one day after the due date
            "-,          2025-10-01, OVERDUE",      // open, one day past due
            "-,          2025-09-30, DUE_SOON",     // open, due today (0 days)
            "-,          2025-09-23, DUE_SOON",     // exactly 7 days ahead: still due soon
            "-,          2025-09-22, UPCOMING",     // 8 days ahead
    })
    void anOccurrenceIsOnTimeLateOverdueDueSoonOrUpcoming(LocalDate completedOn, LocalDate today,
                                                          TaskStatus expected) {
        assertThat(RULE.ofOccurrence(LocalDate.of(2025, 9, 30), completedOn, today)).isEqualTo(expected);
    }

    private record TaskCase(String name, DeadlineRule rule, Map<LocalDate, LocalDate> completions, LocalDate today,
                            TaskStatus expected) {
    }

    private static Map<LocalDate, LocalDate> done(String... dueThenCompleted) {
        Map<LocalDate, LocalDate> result = new HashMap<>();
        for (int i = 0; i < dueThenCompleted.length; i += 2) {
            result.put(LocalDate.parse(dueThenCompleted[i]), LocalDate.parse(dueThenCompleted[i + 1]));
        }
        return result;
    }

    /**
     * Whole tasks in the 2025 plan. Quarterly occurrences are due 31/3, 30/6, 30/9 and 31/12; half-yearly ones 30/6
     * and 31/12. Each expected state follows from the occurrences' own states as listed in the comment.
     */
    @Test
    void aWholeTaskTakesItsWorstOpenOccurrenceOrIsDoneLateIfAnyWasLate() {
        DeadlineRule quarterly = new DeadlineRule.Recurring(PeriodType.QUARTER, null, null, null, null);
        DeadlineRule halfYearly = new DeadlineRule.Recurring(PeriodType.HALF_YEAR, null, null, null, null);
        Map<LocalDate, LocalDate> firstHalfDone = done("2025-03-31", "2025-03-28", "2025-06-30", "2025-06-30");
        List<TaskCase> cases = List.of(
                // Due per event (working days after a trigger): no dates of its own.
                new TaskCase("event-driven", new DeadlineRule.RelativeWorkingDays("khi có văn bản", 2), Map.of(),
                        LocalDate.of(2025, 8, 1), TaskStatus.EVENT_DRIVEN),
                // Waits for the province's plan and has no date yet.
                new TaskCase("awaiting", new DeadlineRule.External(DeadlineRule.External.Trigger.PLAN, "UBND tỉnh",
                        null, null), Map.of(), LocalDate.of(2025, 8, 1), TaskStatus.AWAITING),
                // Continuous work, Q1 and Q2 done, Q3 (30/9) open and not past: ongoing, not "upcoming".
                new TaskCase("continuous", new DeadlineRule.Continuous(PeriodType.QUARTER), firstHalfDone,
                        LocalDate.of(2025, 8, 1), TaskStatus.ONGOING),
                // Same dates as a quarterly duty: the next open one (30/9) is 60 days away.
                new TaskCase("next upcoming", quarterly, firstHalfDone, LocalDate.of(2025, 8, 1), TaskStatus.UPCOMING),
                // 25/9 → 30/9 is 5 days: due soon.
                new TaskCase("next due soon", quarterly, firstHalfDone, LocalDate.of(2025, 9, 25), TaskStatus.DUE_SOON),
                // Q1 done late (5/4), Q2 (30/6) never done, Q3 done: the open past one wins over everything.
                new TaskCase("any overdue wins", quarterly, done("2025-03-31", "2025-04-05", "2025-09-30", "2025-09-29"),
                        LocalDate.of(2025, 10, 10), TaskStatus.OVERDUE),
                // 30/6 done 20/6 (on time), 31/12 done 2/1/2026 (late): all done, one late.
                new TaskCase("all done, one late", halfYearly, done("2025-06-30", "2025-06-20", "2025-12-31",
                        "2026-01-02"), LocalDate.of(2026, 1, 10), TaskStatus.DONE_LATE),
                // Both on or before their dates.
                new TaskCase("all done on time", halfYearly, done("2025-06-30", "2025-06-20", "2025-12-31",
                        "2025-12-31"), LocalDate.of(2026, 1, 10), TaskStatus.DONE_ON_TIME));
        for (TaskCase c : cases) {
            assertThat(RULE.ofTask(c.rule(), YEAR_2025, c.completions(), c.today())).as(c.name()).isEqualTo(c.expected());
        }
    }

    /**
     * The lead owes Friday 31/10/2025. Counting five working days back from the day before, skipping weekends
     * (25–26/10) and the days off entered: no day off gives 30, 29, 28, 27, 24 → 24/10; days off on 28/10 and 24/10
     * give 30, 29, 27, 23, 22 → 22/10; 28/10 off but Saturday 25/10 worked gives 30, 29, 27, 25, 24 → 24/10.
     */
    @ParameterizedTest(name = "days off {0}, worked Saturday {1}: coordinator owes {2}")
    @CsvSource(nullValues = "-", value = {
            "-,                     -,          2025-10-24",
            "2025-10-28 2025-10-24, -,          2025-10-22",
            "2025-10-28,            2025-10-25, 2025-10-24",
    })
    void aCoordinatorOwesItsInputFiveWorkingDaysBeforeTheLead(String daysOff, LocalDate workedSaturday,
                                                              LocalDate expected) {
        List<DayOverride> overrides = new java.util.ArrayList<>();
        if (daysOff != null) {
            for (String d : daysOff.split(" ")) {
                overrides.add(new DayOverride(LocalDate.parse(d), DayOverride.Kind.DAY_OFF, "nghỉ"));
            }
        }
        if (workedSaturday != null) {
            overrides.add(new DayOverride(workedSaturday, DayOverride.Kind.WORKING_DAY, "làm bù"));
        }
        WorkingCalendar calendar = new WorkingCalendar(y -> new YearSchedule(y, false, overrides), OfficeHours.standard());
        LocalDate leadDue = LocalDate.of(2025, 10, 31);
        assertThat(RULE.dueFor(false, leadDue, calendar)).isEqualTo(expected);
        assertThat(RULE.dueFor(true, leadDue, calendar)).isEqualTo(leadDue);
    }

    /** The next due date is the first on or after today: 30/9 from 30/9 itself, none once 31/12 is past. */
    @Test
    void theNextDueDateIsTheFirstNotYetPast() {
        var occurrences = new DeadlineRule.Recurring(PeriodType.QUARTER, null, null, null, null).occurrences(YEAR_2025);
        assertThat(TaskTimeliness.nextDue(occurrences, LocalDate.of(2025, 9, 30))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(TaskTimeliness.nextDue(occurrences, LocalDate.of(2025, 10, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(TaskTimeliness.nextDue(occurrences, LocalDate.of(2026, 1, 1))).isNull();
    }
}
