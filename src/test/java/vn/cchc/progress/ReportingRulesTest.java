package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanKind;
import vn.cchc.plan.PlanStatus;
import vn.cchc.shared.VietnamTime;

/** Which periods a plan reports on, when they are due, and reporting rate and timeliness counted by hand. */
class ReportingRulesTest {

    private static Plan plan(String period, PeriodType cadence) {
        return new Plan(1, 1, PlanKind.ANNUAL, "KH", period, cadence, null, null, null, null, PlanStatus.ISSUED);
    }

    @Test
    void aMonthlyYearPlanReportsEachMonthThenTheFirstQuarterSixNineMonthsAndYear() {
        assertThat(ReportingSchedule.regularPeriods(plan("2025", PeriodType.MONTH))).extracting(Period::code)
                .containsExactly("2025M01", "2025M02", "2025M03", "2025M04", "2025M05", "2025M06", "2025M07",
                        "2025M08", "2025M09", "2025M10", "2025M11", "2025M12", "2025Q1", "2025S1", "2025N9", "2025");
        assertThat(ReportingSchedule.regularPeriods(plan("2025", PeriodType.QUARTER))).extracting(Period::code)
                .containsExactly("2025Q1", "2025S1", "2025N9", "2025");
        // A plan for the second half reports on 9 months and the year only.
        assertThat(ReportingSchedule.regularPeriods(plan("2025S2", PeriodType.QUARTER))).extracting(Period::code)
                .containsExactly("2025N9", "2025");
    }

    @Test
    void aPeriodIsDueOnTheDueDayOfItsLastMonthCappedAtTheMonthsLength() {
        assertThat(ReportingSchedule.dueDay(LocalDate.of(2025, 2, 28), 30)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ReportingSchedule.dueDay(LocalDate.of(2024, 2, 29), 30)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ReportingSchedule.dueDay(LocalDate.of(2025, 3, 31), 30)).isEqualTo(LocalDate.of(2025, 3, 30));
        assertThat(ReportingSchedule.dueDay(LocalDate.of(2025, 6, 30), 15)).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void reportLabelsReadAsOfficialsWriteThem() {
        assertThat(ReportingSchedule.reportLabel(Period.parse("2025M03"))).isEqualTo("Báo cáo tháng 3/2025");
        assertThat(ReportingSchedule.reportLabel(Period.parse("2025Q1"))).isEqualTo("Báo cáo quý I/2025");
        assertThat(ReportingSchedule.reportLabel(Period.parse("2025S1"))).isEqualTo("Báo cáo 6 tháng đầu năm 2025");
        assertThat(ReportingSchedule.reportLabel(Period.parse("2025N9"))).isEqualTo("Báo cáo 9 tháng năm 2025");
        assertThat(ReportingSchedule.reportLabel(Period.parse("2025"))).isEqualTo("Báo cáo năm 2025");
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
