package vn.cchc.registers;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.IndicatorReadings.Option;
import vn.cchc.plan.IndicatorSource;
import vn.cchc.shared.Ratio;
import vn.cchc.shared.VietnamTime;

/**
 * The registers as indicators a plan target can be measured by, so "at least one initiative per unit" or "an
 * article per unit every month" is read from the registers instead of counted by hand. Rates are percentages
 * (empty without active units); counts are plain numbers, which a COUNT target compares to its threshold (≥ 2).
 */
@Component
@Order(4) // after the one-stop, survey and inspection figures
public class RegisterIndicators implements IndicatorSource {

    static final String GROUP = "registers.indicator.group";
    static final String INITIATIVE_UNITS = "INITIATIVE_UNITS";
    static final String INITIATIVES_RECOGNISED = "INITIATIVES_RECOGNISED";
    static final String DIALOGUES = "DIALOGUES";
    static final String ARTICLE_UNIT_MONTHS = "ARTICLE_UNIT_MONTHS";
    static final String ARTICLES = "ARTICLES";
    private static final List<String> CODES = List.of(INITIATIVE_UNITS, INITIATIVES_RECOGNISED, DIALOGUES,
            ARTICLE_UNIT_MONTHS, ARTICLES);

    private final RegisterCounts counts;
    private final OrgDirectory org;
    private final Clock clock;

    RegisterIndicators(RegisterCounts counts, OrgDirectory org, Clock clock) {
        this.counts = counts;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public List<Option> options() {
        return CODES.stream().map(c -> new Option(c, "registers.indicator." + c, GROUP)).toList();
    }

    @Override
    public Optional<BigDecimal> read(long communeId, String code, Period period) {
        return switch (code) {
            case INITIATIVE_UNITS -> percent(RegisterFigures.initiativeUnits(activeUnits(communeId),
                    counts.unitsWithInitiative(communeId, period)));
            case ARTICLE_UNIT_MONTHS -> percent(RegisterFigures.articleUnitMonths(activeUnits(communeId),
                    counts.articleDates(communeId, period), period, VietnamTime.today(clock)));
            case INITIATIVES_RECOGNISED -> count(counts.initiativesRecognised(communeId, period));
            case DIALOGUES -> count(counts.dialogues(communeId, period));
            case ARTICLES -> count(counts.articles(communeId, period));
            default -> Optional.empty();
        };
    }

    private List<Long> activeUnits(long communeId) {
        return org.activeUnits(communeId).stream().map(Unit::id).toList();
    }

    private static Optional<BigDecimal> percent(Ratio r) {
        return Optional.ofNullable(r.percent());
    }

    private static Optional<BigDecimal> count(long n) {
        return Optional.of(BigDecimal.valueOf(n));
    }
}
