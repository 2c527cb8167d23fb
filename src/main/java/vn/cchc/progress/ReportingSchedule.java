package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.plan.Plan;

/**
 * A plan's reporting periods: the rule {@link UnitReportPeriods} applied to the plan's settings and windows. Public
 * for the deadline calendar, which shows each period's due date.
 */
@Service
public class ReportingSchedule {

    private final ReportingRulesRepository repository;
    private final ProgressSettings settings;

    ReportingSchedule(ReportingRulesRepository repository, ProgressSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    ProgressSettings.PlanRules rules(Plan plan) {
        return repository.rules(plan.communeId(), plan.id())
                .orElse(new ProgressSettings.PlanRules(settings.monthlyDueDay, settings.lockAfterDays, false));
    }

    public List<ReportingPeriod> periods(Plan plan) {
        ProgressSettings.PlanRules rules = rules(plan);
        return UnitReportPeriods.of(plan.period(), plan.reportingCadence(), rules.monthlyDueDay(),
                rules.lockAfterDays(), repository.windows(plan.communeId(), plan.id()));
    }

    Optional<ReportingPeriod> period(Plan plan, String code) {
        return periods(plan).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    ReportingPeriod current(List<ReportingPeriod> periods, LocalDate today) {
        return UnitReportPeriods.current(periods, today);
    }
}
