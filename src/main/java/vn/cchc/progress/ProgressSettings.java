package vn.cchc.progress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reporting rules from configuration (the timeliness settings are the plan's: {@link vn.cchc.plan.TaskTimeliness}); a plan may override the monthly due day and the lock delay (its settings row).
 */
@Component
class ProgressSettings {

    final int monthlyDueDay;
    final int lockAfterDays;
    final int reopenDays;

    ProgressSettings(@Value("${cchc.progress.monthly-due-day:30}") int monthlyDueDay,
                     @Value("${cchc.progress.lock-after-days:10}") int lockAfterDays,
                     @Value("${cchc.progress.reopen-days:7}") int reopenDays) {
        this.monthlyDueDay = monthlyDueDay;
        this.lockAfterDays = lockAfterDays;
        this.reopenDays = reopenDays;
    }

    /** The rules in force for one plan. */
    record PlanRules(int monthlyDueDay, int lockAfterDays, boolean custom) {
    }
}
