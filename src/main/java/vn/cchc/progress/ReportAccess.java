package vn.cchc.progress;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanStatus;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/**
 * Who may read, edit or review a unit's report, and when: another commune's report is not found, another unit's is
 * forbidden, and a report is edited only while its plan is issued, its period unlocked (or reopened) and it is not
 * submitted or accepted.
 */
@Component
class ReportAccess {

    private final ReportRepository repository;
    private final ReportingSchedule schedule;
    private final PlanQueries plans;
    private final Clock clock;

    ReportAccess(ReportRepository repository, ReportingSchedule schedule, PlanQueries plans, Clock clock) {
        this.repository = repository;
        this.schedule = schedule;
        this.plans = plans;
        this.clock = clock;
    }

    /** A report the user may edit now, with the plan, period and day it was checked against. */
    record Editing(ReportRepository.ReportRow report, Plan plan, ReportingPeriod period, LocalDate today) {
    }

    LocalDate today() {
        return VietnamTime.today(clock);
    }

    ReportingPeriod period(Plan plan, String code) {
        return schedule.period(plan, code).orElseThrow(() -> new NotFoundException("period", code));
    }

    ReportRepository.ReportRow readable(CurrentUser user, long reportId) {
        ReportRepository.ReportRow report = repository.report(user.requireCommune(), reportId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
        if (!user.coordinates() && (user.unitId() == null || user.unitId() != report.unitId())) {
            throw new AccessDeniedException("report of another unit");
        }
        return report;
    }

    Editing editableBy(CurrentUser user, long reportId) {
        ReportRepository.ReportRow report = readable(user, reportId);
        if (!user.canReportFor(report.unitId())) {
            throw new AccessDeniedException("report of another unit");
        }
        if (!report.state().editable()) {
            throw new Conflict("progress.report.notEditable");
        }
        Plan plan = plans.plan(report.communeId(), report.planId()).orElseThrow();
        checkPlanOpen(plan);
        ReportingPeriod period = period(plan, report.periodCode());
        LocalDate today = today();
        refuseIfLocked(period, report, today);
        return new Editing(report, plan, period, today);
    }

    /** Nobody reviews their own unit's report. */
    static boolean mayReview(CurrentUser user, ReportRepository.ReportRow report) {
        boolean reviewer = user.canReviewReports() || user.role() == Role.LEADER;
        return reviewer && (user.unitId() == null || user.unitId() != report.unitId());
    }

    static void checkPlanOpen(Plan plan) {
        if (plan.status() == PlanStatus.CLOSED) {
            throw InvalidInput.of(null, "progress.plan.closed");
        }
        if (plan.status() != PlanStatus.ISSUED) {
            throw InvalidInput.of(null, "progress.plan.notIssued");
        }
    }

    /** Locked after the period's lock date, unless the standing agency reopened this report (may be null). */
    static boolean locked(ReportingPeriod period, ReportRepository.ReportRow report, LocalDate today) {
        LocalDate lastDay = lastDayToRevise(period, report);
        return lastDay != null && today.isAfter(lastDay);
    }

    /**
     * The last day a unit may still write its report of the period: the period's lock date, or the end of the
     * report's reopening if that is later; null when the period never locks.
     */
    static LocalDate lastDayToRevise(ReportingPeriod period, ReportRepository.ReportRow report) {
        if (period.locksOn() == null) {
            return null;
        }
        LocalDate reopened = report == null ? null : report.reopenedUntil();
        return reopened != null && reopened.isAfter(period.locksOn()) ? reopened : period.locksOn();
    }

    static void refuseIfLocked(ReportingPeriod period, ReportRepository.ReportRow report, LocalDate today) {
        if (locked(period, report, today)) {
            throw InvalidInput.of(null, "progress.period.locked", period.label(),
                    VietnamTime.DATE.format(period.locksOn()));
        }
    }
}
