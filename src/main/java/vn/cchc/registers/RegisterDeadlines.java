package vn.cchc.registers;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.registers.inspection.InspectionFigures;

/** The registers' due dates other modules show (the deadline calendar and its feed): inspection findings to fix. */
@Component
public class RegisterDeadlines {

    private final InspectionFigures inspections;

    RegisterDeadlines(InspectionFigures inspections) {
        this.inspections = inspections;
    }

    /** Findings falling due between two days, fixed or not, each with the page of its inspection. */
    public List<RemediationDue> dueBetween(long communeId, LocalDate from, LocalDate to) {
        return inspections.dueBetween(communeId, from, to).stream()
                .map(f -> new RemediationDue(f.id(), f.unitId(), f.content(), f.dueOn(), f.fixed(),
                        "/registers/inspections/records/" + f.recordId()))
                .toList();
    }

    public record RemediationDue(long findingId, long unitId, String content, LocalDate dueOn, boolean fixed,
                                 String link) {
    }
}
