package vn.cchc.progress;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.Plan;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** The standing agency's changes to when reports are due and lock, and its ad-hoc report requests. */
@Service
class ReportingWindows {

    private final ReportingRulesRepository repository;
    private final ReportingSchedule schedule;
    private final ReportLineSync lineSync;
    private final Clock clock;

    ReportingWindows(ReportingRulesRepository repository, ReportingSchedule schedule, ReportLineSync lineSync,
                     Clock clock) {
        this.repository = repository;
        this.schedule = schedule;
        this.lineSync = lineSync;
        this.clock = clock;
    }

    @Transactional
    public void saveRules(CurrentUser user, Plan plan, int monthlyDueDay, int lockAfterDays) {
        requireReviewer(user);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (monthlyDueDay < 1 || monthlyDueDay > 31) {
            problems.add("monthlyDueDay", "progress.rules.dueDay");
        }
        if (lockAfterDays < 0 || lockAfterDays > 366) {
            problems.add("lockAfterDays", "progress.rules.lockDays");
        }
        problems.throwIfAny();
        repository.saveRules(plan.communeId(), plan.id(), monthlyDueDay, lockAfterDays);
        lineSync.planReports(plan); // a later lock date makes a locked period's reports editable again
    }

    @Transactional
    public void setWindow(CurrentUser user, Plan plan, String code, LocalDate due, LocalDate locks) {
        requireReviewer(user);
        ReportingPeriod period = schedule.period(plan, code).orElseThrow(() -> new NotFoundException("period", code));
        checkDates(due, locks);
        if (period.adHoc()) {
            throw InvalidInput.of(null, "progress.window.adHoc");
        }
        repository.setWindow(plan.communeId(), plan.id(), code, due, locks, user.id());
        lineSync.planReports(plan);
    }

    @Transactional
    public String requestAdHoc(CurrentUser user, Plan plan, String title, LocalDate due, LocalDate locks) {
        requireReviewer(user);
        if (title == null || title.isBlank()) {
            throw InvalidInput.of("title", "progress.adHoc.title");
        }
        checkDates(due, locks);
        LocalDate today = VietnamTime.today(clock);
        if (due.isBefore(today)) {
            throw InvalidInput.of("due", "progress.adHoc.pastDue");
        }
        return repository.insertAdHoc(plan.communeId(), plan.id(), title.strip(), today, due, locks, user.id());
    }

    private static void checkDates(LocalDate due, LocalDate locks) {
        if (locks != null && locks.isBefore(due)) {
            throw InvalidInput.of("locks", "progress.window.locksBeforeDue");
        }
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.canReviewReports()) {
            throw new AccessDeniedException("reporting windows");
        }
    }
}
