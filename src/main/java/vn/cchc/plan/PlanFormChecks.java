package vn.cchc.plan;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import org.springframework.stereotype.Component;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.InvalidInput;

/**
 * The checks a target or task form passes before it is written: required fields, lengths, codes unique in the plan,
 * units of the commune, a known indicator, a threshold that fits its kind, a deadline phrase that reads.
 */
@Component
class PlanFormChecks {

    static final int MAX_TEXT = 2000;

    private final PlanRepository repository;
    private final OrgDirectory org;
    private final IndicatorReadings indicators;

    PlanFormChecks(PlanRepository repository, OrgDirectory org, IndicatorReadings indicators) {
        this.repository = repository;
        this.org = org;
        this.indicators = indicators;
    }

    void plan(PlanForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (blank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().length() > MAX_TEXT) {
            problems.add("title", "validation.tooLong", MAX_TEXT);
        }
        if (f.getKind() == null) {
            problems.add("kind", "validation.required");
        }
        if (f.getReportingCadence() == null || (f.getReportingCadence() != PeriodType.MONTH
                && f.getReportingCadence() != PeriodType.QUARTER)) {
            problems.add("reportingCadence", "validation.required");
        }
        try {
            Period p = Period.parse(f.getPeriodCode());
            if (p.type() != PeriodType.YEAR && p.type() != PeriodType.HALF_YEAR) {
                problems.add("periodCode", "plan.period.invalid");
            }
        } catch (IllegalArgumentException e) {
            problems.add("periodCode", "plan.period.invalid");
        }
        if (f.getDecisionNumber() != null && f.getDecisionNumber().length() > 60) {
            problems.add("decisionNumber", "validation.tooLong", 60);
        }
        problems.throwIfAny();
    }

    BigDecimal target(Plan plan, TargetForm f, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        area(f.getAreaCode(), problems);
        code(f.getCode(), problems);
        if (!problems.has("code") && repository.targetCodeTaken(plan.id(), f.getCode().strip(), exceptId)) {
            problems.add("code", "plan.target.codeTaken", f.getCode().strip());
        }
        if (blank(f.getText())) {
            problems.add("text", "validation.required");
        } else if (f.getText().length() > MAX_TEXT) {
            problems.add("text", "validation.tooLong", MAX_TEXT);
        }
        if (f.getMetricKind() == null) {
            problems.add("metricKind", "validation.required");
        }
        if (f.getComparator() == null) {
            problems.add("comparator", "validation.required");
        }
        if (f.getResponsibleUnitId() != null && org.unit(plan.communeId(), f.getResponsibleUnitId()).isEmpty()) {
            problems.add("responsibleUnitId", "plan.unit.unknown");
        }
        if (!blank(f.getIndicatorCode())
                && indicators.options().stream().noneMatch(o -> o.code().equals(f.getIndicatorCode()))) {
            problems.add("indicatorCode", "plan.target.indicatorUnknown", f.getIndicatorCode());
        }
        BigDecimal threshold = parseThreshold(f, problems);
        problems.throwIfAny();
        return threshold;
    }

    /** Reads "99,9" or "99.9"; percent 0–100, yes/no 0 or 1, count a whole number ≥ 0. */
    private static BigDecimal parseThreshold(TargetForm f, InvalidInput.Collector problems) {
        if (blank(f.getThreshold())) {
            problems.add("threshold", "validation.required");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(f.getThreshold().strip().replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add("threshold", "plan.target.threshold.notNumber");
            return null;
        }
        if (f.getMetricKind() == MetricKind.PERCENT && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add("threshold", "plan.target.threshold.percentRange");
        } else if (f.getMetricKind() == MetricKind.YES_NO && value.compareTo(BigDecimal.ZERO) != 0
                && value.compareTo(BigDecimal.ONE) != 0) {
            problems.add("threshold", "plan.target.threshold.yesNo");
        } else if (f.getMetricKind() == MetricKind.COUNT && (value.signum() < 0 || value.stripTrailingZeros().scale() > 0)) {
            problems.add("threshold", "plan.target.threshold.count");
        } else if (value.abs().compareTo(new BigDecimal("99999999999")) > 0 || value.scale() > 3) {
            problems.add("threshold", "plan.target.threshold.notNumber");
        }
        return value;
    }

    PlanRepository.NewTask task(Plan plan, TaskForm f, Long exceptId, DeadlinePhraseParser.ParseResult parsed) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        area(f.getAreaCode(), problems);
        code(f.getCode(), problems);
        if (!problems.has("code") && repository.taskCodeTaken(plan.id(), f.getCode().strip(), exceptId)) {
            problems.add("code", "plan.task.codeTaken", f.getCode().strip());
        }
        if (blank(f.getTitle())) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().length() > MAX_TEXT) {
            problems.add("title", "validation.tooLong", MAX_TEXT);
        }
        if (f.getProduct() != null && f.getProduct().length() > MAX_TEXT) {
            problems.add("product", "validation.tooLong", MAX_TEXT);
        }
        if (f.getLeadUnitId() == null) {
            problems.add("leadUnitId", "validation.required");
        } else if (org.unit(plan.communeId(), f.getLeadUnitId()).isEmpty()) {
            problems.add("leadUnitId", "plan.unit.unknown");
        }
        Set<Long> coordinators = new LinkedHashSet<>(f.getCoordinatorUnitIds());
        for (Long unitId : coordinators) {
            if (unitId == null || org.unit(plan.communeId(), unitId).isEmpty()) {
                problems.add("coordinatorUnitIds", "plan.unit.unknown");
                break;
            }
        }
        if (f.getLeadUnitId() != null && coordinators.contains(f.getLeadUnitId())) {
            problems.add("coordinatorUnitIds", "plan.task.leadAlsoCoordinator");
        }
        DeadlineRule rule = null;
        // The parser refuses phrases over DeadlinePhraseParser.MAX_LENGTH with its own message.
        if (parsed instanceof DeadlinePhraseParser.ParseResult.Failed failed) {
            problems.add("deadlinePhrase", failed.messageKey(), failed.args());
        } else {
            rule = ((DeadlinePhraseParser.ParseResult.Parsed) parsed).rule();
            if (rule instanceof DeadlineRule.External external && f.getExternalDueDate() != null) {
                rule = external.withDueDate(f.getExternalDueDate());
            } else if (f.getExternalDueDate() != null) {
                problems.add("externalDueDate", "plan.task.externalDueDate.notExternal");
            }
        }
        if (f.getAssignmentNote() != null && f.getAssignmentNote().length() > MAX_TEXT) {
            problems.add("assignmentNote", "validation.tooLong", MAX_TEXT);
        }
        problems.throwIfAny();
        return new PlanRepository.NewTask(f.getAreaCode(), f.getCode().strip(), f.getTitle().strip(),
                blank(f.getProduct()) ? null : f.getProduct().strip(), f.getLeadUnitId(), List.copyOf(coordinators),
                f.getDeadlinePhrase().strip().replaceAll("\\s+", " "), rule,
                blank(f.getAssignmentNote()) ? null : f.getAssignmentNote().strip());
    }

    private void area(String areaCode, InvalidInput.Collector problems) {
        if (blank(areaCode)) {
            problems.add("areaCode", "validation.required");
        } else if (repository.areas().stream().noneMatch(a -> a.code().equals(areaCode))) {
            problems.add("areaCode", "plan.area.unknown");
        }
    }

    private static void code(String code, InvalidInput.Collector problems) {
        if (blank(code)) {
            problems.add("code", "validation.required");
        } else if (code.strip().length() > 20) {
            problems.add("code", "validation.tooLong", 20);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
