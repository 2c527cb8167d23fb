package vn.cchc.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.org.UnitKind;
import vn.cchc.pakn.Pakn;
import vn.cchc.pakn.PaknService;
import vn.cchc.parindex.ParDeadlines;
import vn.cchc.registers.RegisterDeadlines;
import vn.cchc.registers.RegisterDeadlines.RemediationDue;
import vn.cchc.shared.VietnamTime;

/**
 * Every due date that concerns a user between two days, in date order, within their {@link DeadlineScope}: the
 * plans' dates ({@link PlanDeadlines}), the PAR Index deadlines (the standing agency's and the units answering for
 * criteria) and PAKN answers (the service centre's and the standing agency's). The month view and the feed both
 * read it, so the feed shows exactly what the page does.
 */
@Service
class Deadlines {

    private final PlanDeadlines planDeadlines;
    private final ParDeadlines par;
    private final PaknService pakn;
    private final OrgDirectory org;
    private final OneStopAccess oneStop;
    private final RegisterDeadlines remediations;
    private final Clock clock;

    Deadlines(PlanDeadlines planDeadlines, ParDeadlines par, PaknService pakn, OrgDirectory org,
              OneStopAccess oneStop, RegisterDeadlines remediations, Clock clock) {
        this.remediations = remediations;
        this.planDeadlines = planDeadlines;
        this.par = par;
        this.pakn = pakn;
        this.org = org;
        this.oneStop = oneStop;
        this.clock = clock;
    }

    LocalDate today() {
        return VietnamTime.today(clock);
    }

    List<Unit> units(CurrentUser me) {
        return org.units(me.requireCommune());
    }

    List<DeadlineEntry> between(CurrentUser me, DeadlineScope scope, LocalDate from, LocalDate to) {
        long communeId = me.requireCommune();
        long provinceId = org.commune(communeId).provinceId();
        List<Unit> all = org.units(communeId);
        Map<Long, Unit> units = all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Set<Long> standingAgency = all.stream().filter(Unit::standingAgency).map(Unit::id).collect(Collectors.toSet());
        List<DeadlineEntry> result = new ArrayList<>(
                planDeadlines.between(me, units, standingAgency, provinceId, from, to, today()));
        parIndex(communeId, provinceId, standingAgency, units, from, to, result);
        Set<Long> paknUnits = new LinkedHashSet<>(standingAgency);
        all.stream().filter(u -> u.kind() == UnitKind.SERVICE_CENTRE).forEach(u -> paknUnits.add(u.id()));
        boolean manages = oneStop.canManage(me);
        for (Pakn p : pakn.dueBetween(communeId, from, to)) {
            result.add(new DeadlineEntry(p.dueOn(), DeadlineKind.PAKN, p.code() + " " + shorten(p.content()), "", false,
                    Set.copyOf(paknUnits), manages ? "/pakn/" + p.id() : "/pakn", p.answeredOn() != null,
                    "pakn-" + p.id()));
        }
        for (RemediationDue r : remediations.dueBetween(communeId, from, to)) {
            Set<Long> concerned = new LinkedHashSet<>(standingAgency);
            concerned.add(r.unitId());
            Unit unit = units.get(r.unitId());
            result.add(new DeadlineEntry(r.dueOn(), DeadlineKind.REMEDIATION, shorten(r.content()),
                    unit == null ? "" : unit.shortName(), false, Set.copyOf(concerned), r.link(), r.fixed(),
                    "remediation-" + r.findingId()));
        }
        return result.stream().filter(scope::shows)
                .sorted(Comparator.comparing(DeadlineEntry::date).thenComparing(DeadlineEntry::kind)
                        .thenComparing(DeadlineEntry::title))
                .toList();
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private void parIndex(long communeId, long provinceId, Set<Long> standingAgency, Map<Long, Unit> units,
                          LocalDate from, LocalDate to, List<DeadlineEntry> result) {
        for (ParDeadlines.CommuneDeadline d : par.ofCommune(communeId, provinceId, from, to)) {
            Set<Long> concerned = new LinkedHashSet<>(standingAgency);
            concerned.addAll(d.unitIds());
            DeadlineKind kind = d.kind() == ParDeadlines.Kind.EXPLANATION ? DeadlineKind.PAR_EXPLANATION
                    : DeadlineKind.PAR_SELF_ASSESSMENT;
            String who = String.join(", ", d.unitIds().stream().map(units::get)
                    .filter(u -> u != null).map(Unit::shortName).toList());
            String link = d.assessmentId() == null ? "/parindex" : "/parindex/assessments/" + d.assessmentId();
            result.add(new DeadlineEntry(d.date(), kind, d.periodCode(), who, false, Set.copyOf(concerned), link,
                    d.done(), "par-" + d.periodCode() + "-" + kind.name().toLowerCase()));
        }
    }
}
