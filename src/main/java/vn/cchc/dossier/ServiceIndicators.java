package vn.cchc.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.indicators.Figures766;
import vn.cchc.dossier.indicators.IndicatorQueries;
import vn.cchc.dossier.indicators.Score766;
import vn.cchc.dossier.indicators.ScoreRules;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.pakn.PaknFigures;
import vn.cchc.pakn.PaknService;
import vn.cchc.plan.IndicatorReadings.Option;
import vn.cchc.plan.IndicatorSource;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.Ratio;

/**
 * The one-stop indicators of a commune: figures per period and per unit, officer and procedure, the month-by-month
 * trend, the officers over the late-share limit, the 766 score card, and the values plan targets read.
 */
@Service
@Order(1) // the first indicator source: targets and criteria mostly read one-stop figures
public class ServiceIndicators implements IndicatorSource {

    private static final String GROUP = "dossier.indicator.group";

    static final String PAKN_ON_TIME = "PAKN_ON_TIME_RATE";
    static final String PAKN_PUBLISHED = "PAKN_PUBLISHED_RATE";
    static final String SCORE_766 = "SCORE_766";

    private final IndicatorQueries queries;
    private final ProcedureCatalogue catalogue;
    private final PaknService pakn;
    private final ScoreRules rules;
    private final DossierRules dossierRules;
    private final OneStopAccess access;
    private final OrgDirectory org;
    private final Clock clock;

    ServiceIndicators(IndicatorQueries queries, ProcedureCatalogue catalogue, PaknService pakn, ScoreRules rules,
                      DossierRules dossierRules, OneStopAccess access, OrgDirectory org, Clock clock) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.pakn = pakn;
        this.rules = rules;
        this.dossierRules = dossierRules;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    /** A line of a breakdown table: the unit, officer or procedure, its figures, and whether it is flagged. */
    public record Row(String key, String label, ServiceFigures figures, boolean flagged) {
    }

    public ServiceFigures totals(long communeId, Period period, Long unitId) {
        return queries.totals(communeId, period, unitId);
    }

    public List<Row> byUnit(long communeId, Period period) {
        Map<Long, String> names = new HashMap<>();
        for (Unit u : org.units(communeId)) {
            names.put(u.id(), u.name());
        }
        List<Row> rows = new ArrayList<>();
        queries.by(communeId, period, IndicatorQueries.Dimension.UNIT, null).forEach((k, f) -> rows.add(
                new Row(k, names.getOrDefault(Long.parseLong(k), ""), f, false)));
        rows.sort(Comparator.comparing((Row r) -> r.label().isEmpty()).thenComparing(Row::label));
        return rows;
    }

    /** Officers with their figures for the period; flagged when their late share over the whole year reaches the limit. */
    public List<Row> byOfficer(long communeId, Period period, Long unitId) {
        Map<String, ServiceFigures> officers = queries.by(communeId, period, IndicatorQueries.Dimension.OFFICER, unitId);
        Set<String> flagged = period.equals(Period.year(period.year())) && unitId == null ? flagged(officers)
                : flaggedOfficers(communeId, period.year());
        List<Row> rows = new ArrayList<>();
        officers.forEach((k, f) -> rows.add(new Row(k, k, f, flagged.contains(k))));
        rows.sort(Comparator.comparing((Row r) -> r.key().isEmpty()).thenComparing(Row::label));
        return rows;
    }

    /** Officers whose dossiers were late (finished late or overdue at the year's end, or today) in at least the limit share. */
    public Set<String> flaggedOfficers(long communeId, int year) {
        return flagged(queries.by(communeId, Period.year(year), IndicatorQueries.Dimension.OFFICER, null));
    }

    private Set<String> flagged(Map<String, ServiceFigures> yearByOfficer) {
        BigDecimal limit = BigDecimal.valueOf(dossierRules.officerLateShare());
        Set<String> out = new HashSet<>();
        yearByOfficer.forEach((k, f) -> {
            BigDecimal share = f.lateShare().rate();
            if (!k.isEmpty() && share != null && share.compareTo(limit) >= 0) {
                out.add(k);
            }
        });
        return out;
    }

    public BigDecimal officerLateLimitPercent() {
        return BigDecimal.valueOf(dossierRules.officerLateShare() * 100).setScale(0, RoundingMode.HALF_UP);
    }

    public List<Row> byProcedure(long communeId, Period period, Long unitId) {
        Map<String, Procedure> names = catalogue.byCode(communeId);
        List<Row> rows = new ArrayList<>();
        queries.by(communeId, period, IndicatorQueries.Dimension.PROCEDURE, unitId).forEach((k, f) -> rows.add(
                new Row(k, names.containsKey(k) ? names.get(k).name() : k, f, false)));
        rows.sort(Comparator.comparingLong((Row r) -> -r.figures().received()).thenComparing(Row::key));
        return rows;
    }

    public Map<YearMonth, ServiceFigures> months(long communeId, int year, Long unitId) {
        return queries.months(communeId, year, unitId);
    }

    /** The years with one-stop figures, latest first (the public figures page offers them). */
    public List<Integer> years(long communeId) {
        return queries.years(communeId);
    }

    public PaknFigures pakn(long communeId, Period period) {
        return pakn.figures(communeId, period);
    }

    public ScoreCard score(long communeId, Period period) {
        return score(communeId, period, catalogue.counts(communeId));
    }

    /** The card of each period in turn (a trend), the commune's procedure catalogue counted once for all of them. */
    public List<ScoreCard> scores(long communeId, List<Period> periods) {
        ProcedureCatalogue.CatalogueCounts c = catalogue.counts(communeId);
        return periods.stream().map(p -> score(communeId, p, c)).toList();
    }

    private ScoreCard score(long communeId, Period period, ProcedureCatalogue.CatalogueCounts c) {
        return score(communeId, period, queries.totals(communeId, period, null), pakn.figures(communeId, period), c);
    }

    private ScoreCard score(long communeId, Period period, ServiceFigures totals, PaknFigures paknFigures,
                            ProcedureCatalogue.CatalogueCounts c) {
        IndicatorQueries.ProceduresUsed used = queries.proceduresUsed(communeId, period);
        int onlineUsed = (int) c.onlineCodes().stream().filter(used.online()::contains).count();
        int feePaid = (int) c.feeCodes().stream().filter(used.paidOnline()::contains).count();
        return Score766.score(rules.effectiveOn(period.start()), figures766(totals, c, onlineUsed, feePaid, paknFigures),
                rules.manualRates(communeId, period.code()));
    }

    private static Figures766 figures766(ServiceFigures f, ProcedureCatalogue.CatalogueCounts c, int onlineUsed,
                                         int feePaid, PaknFigures p) {
        Ratio inTime = f.onTimeShare();
        Ratio handled = p.handledOnTime();
        Ratio satisfied = p.satisfaction();
        return new Figures766(
                new Figures766.Dossiers(inTime.whole(), inTime.part(), f.lateShare().part(), f.dissatisfied(),
                        f.received(), f.receivedOnline(), f.withFee(), f.paidOnline(), f.finished(), f.eResult(),
                        f.digitised(), f.reused()),
                new Figures766.Catalogue(c.procedures(), c.online(), onlineUsed, c.feeBearing(), c.paymentIntegrated(), feePaid),
                new Figures766.Pakn(handled.whole(), handled.part(), satisfied.whole(), satisfied.part(), p.linkedDossiers()));
    }

    /** Everything the dashboard page shows, each figure computed once. */
    public record Dashboard(ServiceFigures totals, PaknFigures pakn, List<Row> byUnit, List<Row> byOfficer,
                            List<Row> byProcedure, ScoreCard score, Map<YearMonth, ServiceFigures> months) {
    }

    public Dashboard dashboard(long communeId, Period period, Long unitId) {
        ServiceFigures totals = queries.totals(communeId, period, unitId);
        PaknFigures paknFigures = pakn.figures(communeId, period);
        return new Dashboard(totals, paknFigures, unitId == null ? byUnit(communeId, period) : List.of(),
                byOfficer(communeId, period, unitId), byProcedure(communeId, period, unitId),
                unitId == null ? score(communeId, period, totals, paknFigures, catalogue.counts(communeId)) : null, months(communeId, period.year(), unitId));
    }

    /** Records a value for an indicator the commune cannot compute (a percentage, 0–100). */
    public void enterManual(CurrentUser user, Period period, String code, BigDecimal percent, String note) {
        access.requireManage(user);
        boolean manual = rules.effectiveOn(period.start()).stream().anyMatch(r -> r.code().equals(code) && r.manual());
        if (!manual) {
            throw InvalidInput.of("code", "dossier.score.notManual", code);
        }
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInput.of("rate", "dossier.score.rateRange");
        }
        rules.enter(user.requireCommune(), period.code(), code, percent.movePointLeft(2), note, user.id(), clock.instant());
    }

    @Override
    public List<Option> options() {
        List<Option> out = new ArrayList<>();
        for (ServiceIndicator i : ServiceIndicator.values()) {
            out.add(new Option(i.name(), i.messageKey(), GROUP));
        }
        out.add(new Option(PAKN_ON_TIME, "dossier.indicator." + PAKN_ON_TIME, GROUP));
        out.add(new Option(PAKN_PUBLISHED, "dossier.indicator." + PAKN_PUBLISHED, GROUP));
        out.add(new Option(SCORE_766, "dossier.indicator." + SCORE_766, GROUP));
        return out;
    }

    @Override
    public Optional<BigDecimal> read(long communeId, String code, Period period) {
        Optional<ServiceIndicator> indicator = ServiceIndicator.find(code);
        if (indicator.isPresent()) {
            return Optional.ofNullable(indicator.get().of(queries.totals(communeId, period, null)).percent());
        }
        return switch (code) {
            case PAKN_ON_TIME -> Optional.ofNullable(pakn.figures(communeId, period).handledOnTime().percent());
            case PAKN_PUBLISHED -> Optional.ofNullable(pakn.figures(communeId, period).publishedOnTimeShare().percent());
            case SCORE_766 -> Optional.of(score(communeId, period).total());
            default -> Optional.empty();
        };
    }
}
