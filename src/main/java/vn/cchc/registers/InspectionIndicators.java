package vn.cchc.registers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.plan.IndicatorReadings.Option;
import vn.cchc.plan.IndicatorSource;
import vn.cchc.registers.inspection.InspectionFigures;
import vn.cchc.shared.Ratio;

/**
 * The inspection register's figures as indicators a plan target or a PAR criterion can be measured by, each a
 * percent over the period (rules in {@code InspectionRates}): {@code INSPECTION_COVERAGE} (active units inspected ÷
 * active units) and {@code REMEDIATION_RATE} (findings due fixed by their deadline); empty without a denominator.
 */
@Component
@Order(3) // after the one-stop and survey figures
public class InspectionIndicators implements IndicatorSource {

    static final String GROUP = "registers.indicator.group";
    static final String COVERAGE = "INSPECTION_COVERAGE";
    static final String REMEDIATION = "REMEDIATION_RATE";

    private final InspectionFigures figures;

    InspectionIndicators(InspectionFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<Option> options() {
        return List.of(new Option(COVERAGE, "registers.indicator." + COVERAGE, GROUP),
                new Option(REMEDIATION, "registers.indicator." + REMEDIATION, GROUP));
    }

    @Override
    public Optional<BigDecimal> read(long communeId, String code, Period period) {
        Ratio r = switch (code) {
            case COVERAGE -> figures.coverage(communeId, period);
            case REMEDIATION -> figures.remediation(communeId, period);
            default -> null;
        };
        return r == null ? Optional.empty() : Optional.ofNullable(r.percent());
    }
}
