package vn.cchc.registers.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.Ratio;
import vn.cchc.shared.VietnamTime;

/** The register's figures over a period ({@link InspectionRates}) and its findings falling due, for other modules. */
@Component
public class InspectionFigures {

    private final InspectionRepository repository;
    private final OrgDirectory org;
    private final Clock clock;

    InspectionFigures(InspectionRepository repository, OrgDirectory org, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.clock = clock;
    }

    public Ratio coverage(long communeId, Period period) {
        return coverage(communeId, period.start(), period.end());
    }

    public Ratio remediation(long communeId, Period period) {
        return InspectionRates.remediation(repository.remediations(communeId), period.start(), period.end(),
                VietnamTime.today(clock));
    }

    /** Inspections and findings per unit over the period ({@link InspectionCounts}), units in the commune's order. */
    public List<InspectionCounts.UnitCounts> perUnit(long communeId, Period period) {
        List<Long> order = org.units(communeId).stream().map(Unit::id).toList();
        return InspectionCounts.perUnit(order, repository.visits(communeId), repository.findings(communeId),
                period.start(), period.end(), VietnamTime.today(clock));
    }

    /**
     * The commune's counts between two days (a report's window, not a calendar period): {@link InspectionCounts#total}
     * and the coverage of {@link InspectionRates#coverage}.
     */
    public InspectionCounts.Totals totals(long communeId, LocalDate from, LocalDate to) {
        return InspectionCounts.total(repository.visits(communeId), repository.findings(communeId), from, to,
                VietnamTime.today(clock));
    }

    public Ratio coverage(long communeId, LocalDate from, LocalDate to) {
        Set<Long> active = org.activeUnits(communeId).stream().map(Unit::id).collect(Collectors.toSet());
        return InspectionRates.coverage(active, repository.visits(communeId), from, to);
    }

    /** Findings due between two days (open or fixed), for the deadline calendar. */
    public List<Finding> dueBetween(long communeId, LocalDate from, LocalDate to) {
        return repository.dueBetween(communeId, from, to);
    }
}
