package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.shared.VietnamTime;

/** Which periods a plan reports on, when they are due, and reporting rate and timeliness counted by hand. */
class ReportingRulesTest {

    @Test
    void aMonthlyYearPlanReportsEachMonthThenTheFirstQuarterSixNineMonthsAndYear() {
        assertThat(UnitReportPeriods.regular(Period.parse("2025"), PeriodType.MONTH)).extracting(Period::code)
                .containsExactly("2025M01", "2025M02", "2025M03", "2025M04", "2025M05", "2025M06", "2025M07",
                        "2025M08", "2025M09", "2025M10", "2025M11", "2025M12", "2025Q1", "2025S1", "2025N9", "2025");
        assertThat(UnitReportPeriods.regular(Period.parse("2025"), PeriodType.QUARTER)).extracting(Period::code)
                .containsExactly("2025Q1", "2025S1", "2025N9", "2025");
        // A plan for the second half reports on 9 months and the year only.
        assertThat(UnitReportPeriods.regular(Period.parse("2025S2"), PeriodType.QUARTER)).extracting(Period::code)
                .containsExactly("2025N9", "2025");
    }

    @Test
    void aPeriodIsDueOnTheDueDayOfItsLastMonthCappedAtTheMonthsLength() {
        assertThat(UnitReportPeriods.dueOn(LocalDate.of(2025, 2, 28), 30)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(UnitReportPeriods.dueOn(LocalDate.of(2024, 2, 29), 30)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(UnitReportPeriods.dueOn(LocalDate.of(2025, 3, 31), 30)).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(UnitReportPeriods.dueOn(LocalDate.of(2025, 6, 30), 15)).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void reportLabelsReadAsOfficialsWriteThem() {
        assertThat(UnitReportPeriods.label(Period.parse("2025M03"))).isEqualTo("Báo cáo tháng 3/2025");
        assertThat(UnitReportPeriods.label(Period.parse("2025Q1"))).isEqualTo("Báo cáo quý I/2025");
        assertThat(UnitReportPeriods.label(Period.parse("2025S1"))).isEqualTo("Báo cáo 6 tháng đầu năm 2025");
        assertThat(UnitReportPeriods.label(Period.parse("2025N9"))).isEqualTo("Báo cáo 9 tháng năm 2025");
        assertThat(UnitReportPeriods.label(Period.parse("2025"))).isEqualTo("Báo cáo năm 2025");
    }

    @Test
    void theStandingAgencysWindowsMoveOnePeriodAndAddAdHocReportsInDueOrder() {
        // A quarterly plan for 2026, due on the 25th, locking 10 days later. Q1 ends 31/03 → due 25/03, locks 04/04;
        // the window moves the first half (ends 30/06) from 25/06 to 10/07, locking 20/07; an ad-hoc report is due
        // 15/05. In due order: Q1 (25/03), ad hoc (15/05), S1 (10/07), N9 (25/09), year (25/12, locks 04/01/2027).
        List<ReportingPeriod> periods = UnitReportPeriods.of(Period.parse("2026"), PeriodType.QUARTER, 25, 10, List.of(
                new UnitReportPeriods.Window("2026S1", false, null, null, LocalDate.of(2026, 7, 10),
                        LocalDate.of(2026, 7, 20)),
                new UnitReportPeriods.Window("AH1", true, "Báo cáo đột xuất", LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 20))));
        assertThat(periods).extracting(ReportingPeriod::code).containsExactly("2026Q1", "AH1", "2026S1", "2026N9", "2026");
        assertThat(periods).extracting(ReportingPeriod::due).containsExactly(LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 5, 15), LocalDate.of(2026, 7, 10), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 12, 25));
        assertThat(periods).extracting(ReportingPeriod::locksOn).containsExactly(LocalDate.of(2026, 4, 4),
                LocalDate.of(2026, 5, 20), LocalDate.of(2026, 7, 20), LocalDate.of(2026, 10, 5), LocalDate.of(2027, 1, 4));
        // On 26/03 Q1 is past due and the ad-hoc report is not shown by default: the first half is current; after
        // the year's due date the plan's last period stays current.
        assertThat(UnitReportPeriods.current(periods, LocalDate.of(2026, 3, 26)).code()).isEqualTo("2026S1");
        assertThat(UnitReportPeriods.current(periods, LocalDate.of(2026, 3, 25)).code()).isEqualTo("2026Q1");
        assertThat(UnitReportPeriods.current(periods, LocalDate.of(2026, 12, 26)).code()).isEqualTo("2026");
    }

    @Test
    void onTheSameDueDayTheShorterPeriodComesFirst() {
        // Monthly plan due on the 31st: March (31 days) and Q1 (90 days) both end and fall due on 31/03/2026.
        List<ReportingPeriod> periods = UnitReportPeriods.of(Period.parse("2026"), PeriodType.MONTH, 31, 10, List.of());
        assertThat(periods.stream().filter(p -> p.due().equals(LocalDate.of(2026, 3, 31))).map(ReportingPeriod::code))
                .containsExactly("2026M03", "2026Q1");
        assertThat(periods.stream().filter(p -> p.due().equals(LocalDate.of(2026, 12, 31))).map(ReportingPeriod::code))
                .containsExactly("2026M12", "2026");
    }

    private static ReportingPeriod period(String code, LocalDate due) {
        return new ReportingPeriod(code, code, due.withDayOfMonth(1), due, due.withDayOfMonth(1), due, due.plusDays(10), false);
    }

    private static ReportRepository.ReportRow report(String period, LocalDate firstSubmitted) {
        Instant at = firstSubmitted == null ? null
                : firstSubmitted.atTime(LocalTime.of(16, 0)).atZone(VietnamTime.ZONE).toInstant();
        return new ReportRepository.ReportRow(1, 1, 1, 7, period, ReportState.ACCEPTED, 1, at == null ? 0 : 1, at,
                null, at);
    }

    @Test
    void reportingRateAndTimelinessCountOnlyPeriodsAlreadyDue() {
        List<ReportingPeriod> periods = List.of(period("M01", LocalDate.of(2025, 1, 30)),
                period("M02", LocalDate.of(2025, 2, 28)), period("M03", LocalDate.of(2025, 3, 30)),
                period("M04", LocalDate.of(2025, 4, 30)));
        List<ReportRepository.ReportRow> reports = List.of(
                report("M01", LocalDate.of(2025, 1, 30)),   // on the due day: on time
                report("M02", LocalDate.of(2025, 3, 3)),    // late
                report("M03", null),                        // draft only: not received
                report("M04", LocalDate.of(2025, 4, 20)));  // early, but M04 is not due yet on 15/04
        ProgressDashboard.Discipline d = ProgressDashboard.discipline(7, periods, reports, LocalDate.of(2025, 4, 15));
        assertThat(d.expected()).isEqualTo(3);
        assertThat(d.received()).isEqualTo(2);
        assertThat(d.onTime()).isEqualTo(1);
        assertThat(d.rate()).isEqualTo(2 / 3.0);
        assertThat(d.timeliness()).isEqualTo(1 / 3.0);
    }

    @Test
    void aPeriodIsLateAfterItsDueDayAndLocksAfterItsLockDay() {
        ReportingPeriod march = period("M03", LocalDate.of(2025, 3, 30));
        assertThat(march.late(LocalDate.of(2025, 3, 30))).isFalse();
        assertThat(march.late(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(march.locked(LocalDate.of(2025, 4, 9))).isFalse();
        assertThat(march.locked(LocalDate.of(2025, 4, 10))).isTrue();
    }
}
