package vn.cchc.plan;

import java.time.LocalDate;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;

/** A PAR plan (Kế hoạch CCHC) of one commune for a year or half-year. */
public record Plan(long id, long communeId, PlanKind kind, String title, String periodCode, PeriodType reportingCadence,
                   String decisionNumber, LocalDate decisionDate, String signer, String legalBases, PlanStatus status) {

    public Period period() {
        return Period.parse(periodCode);
    }

    public int year() {
        return period().year();
    }
}
