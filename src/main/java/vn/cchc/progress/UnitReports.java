package vn.cchc.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The units' periodic reports of a plan as plain facts, for modules reading on a commune's behalf (the REST API). */
@Service
public class UnitReports {

    private final ReportRepository repository;

    UnitReports(ReportRepository repository) {
        this.repository = repository;
    }

    /** One report: whose, for which period, where it stands. */
    public record Summary(long id, long planId, long unitId, String periodCode, ReportState state, int version,
                          int submissions, LocalDate firstSubmittedOn, Instant updatedAt) {
    }

    /** The plan's reports in period order, then by unit; the plan must be the commune's (its id alone is not trusted). */
    public List<Summary> ofPlan(long communeId, long planId) {
        return repository.reports(communeId, planId).stream()
                .map(r -> new Summary(r.id(), r.planId(), r.unitId(), r.periodCode(), r.state(), r.version(),
                        r.submissions(), r.firstSubmittedOn(), r.updatedAt()))
                .toList();
    }
}
