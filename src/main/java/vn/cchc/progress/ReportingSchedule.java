package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.Plan;

/**
 * The reporting periods of a plan (DHIS2-style typed periods with entry windows): every month when the plan reports
 * monthly, then the first quarter, the 6-month, the 9-month and the annual report that fall in the plan's span, plus
 * ad-hoc reports the standing agency requests. A period is due on the plan's due day of its last month (capped at
 * the month's length) and locks some days later; a window row overrides both for one period.
 */
@Service
class ReportingSchedule {

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

    List<ReportingPeriod> periods(Plan plan) {
        ProgressSettings.PlanRules rules = rules(plan);
        Map<String, ReportingRulesRepository.Window> windows = repository.windows(plan.communeId(), plan.id()).stream()
                .collect(Collectors.toMap(ReportingRulesRepository.Window::periodCode, Function.identity()));
        List<ReportingPeriod> result = new ArrayList<>();
        for (Period p : regularPeriods(plan)) {
            ReportingRulesRepository.Window w = windows.get(p.code());
            LocalDate due = w != null ? w.dueOn() : dueDay(p.end(), rules.monthlyDueDay());
            LocalDate locks = w != null ? w.locksOn() : due.plusDays(rules.lockAfterDays());
            result.add(new ReportingPeriod(p.code(), reportLabel(p), p.start(), p.end(), p.start(), due, locks, false));
        }
        for (ReportingRulesRepository.Window w : windows.values()) {
            if (w.adHoc()) {
                result.add(new ReportingPeriod(w.periodCode(), w.title(), plan.period().start(), w.dueOn(), w.startsOn(),
                        w.dueOn(), w.locksOn(), true));
            }
        }
        result.sort(Comparator.comparing(ReportingPeriod::due).thenComparing(r -> r.end().toEpochDay() - r.start().toEpochDay()));
        return result;
    }

    Optional<ReportingPeriod> period(Plan plan, String code) {
        return periods(plan).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The period to show by default: the first one not yet past due, else the plan's last. */
    ReportingPeriod current(List<ReportingPeriod> periods, LocalDate today) {
        return periods.stream().filter(p -> !p.adHoc() && !today.isAfter(p.due())).findFirst()
                .orElse(periods.get(periods.size() - 1));
    }

    static List<Period> regularPeriods(Plan plan) {
        Period span = plan.period();
        List<Period> result = new ArrayList<>();
        if (plan.reportingCadence() == PeriodType.MONTH) {
            result.addAll(span.split(PeriodType.MONTH));
        }
        int year = span.year();
        for (Period p : List.of(Period.quarter(year, 1), Period.half(year, 1), Period.nineMonths(year), Period.year(year))) {
            if (!p.end().isBefore(span.start()) && !p.end().isAfter(span.end())) {
                result.add(p);
            }
        }
        return result;
    }

    static LocalDate dueDay(LocalDate periodEnd, int dueDay) {
        return periodEnd.withDayOfMonth(Math.min(dueDay, periodEnd.lengthOfMonth()));
    }

    static String reportLabel(Period p) {
        return switch (p.type()) {
            case MONTH -> "Báo cáo tháng " + p.index() + "/" + p.year();
            case QUARTER -> "Báo cáo quý " + roman(p.index()) + "/" + p.year();
            case HALF_YEAR -> p.index() == 1 ? "Báo cáo 6 tháng đầu năm " + p.year() : "Báo cáo 6 tháng cuối năm " + p.year();
            case NINE_MONTHS -> "Báo cáo 9 tháng năm " + p.year();
            case YEAR -> "Báo cáo năm " + p.year();
        };
    }

    private static String roman(int n) {
        return new String[] {"", "I", "II", "III", "IV"}[n];
    }
}
