package vn.cchc.dossier.timeliness;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossier.DossierRules;
import vn.cchc.shared.VietnamTime;

/**
 * Judges one dossier by the one-stop rules (docs/reference/domain.md §2 and §4.4) on a province's working calendar:
 * <ul>
 * <li>due = the appointment (ngày hẹn trả), or acceptance + the statutory time in working days (8 working hours
 * each) when the export has none;</li>
 * <li>the working time inside every finished pause (the citizen's supplementation, other justified pauses) moves the
 * due time on, so "end − supplementation time ≤ appointment" holds; an unfinished pause stops the clock at its
 * start;</li>
 * <li>more than one supplementation request makes the dossier late whatever its dates;</li>
 * <li>early = ended on a day before the due day; on time = by the due time (or the due day, by configuration);</li>
 * <li>an online dossier must be accepted or refused within 8 working hours of its submission.</li>
 * </ul>
 */
public final class Timeliness {

    private final WorkingCalendar calendar;
    private final DossierRules rules;

    public Timeliness(WorkingCalendar calendar, DossierRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /** Thrown when a dossier has no appointment and its procedure has no statutory time in the catalogue. */
    public static final class NoDueDate extends RuntimeException {
        NoDueDate() {
            super(null, null, false, false);
        }
    }

    public Judgement judge(DossierFacts d, BigDecimal processingDays) {
        Instant base = d.appointmentAt() != null ? d.appointmentAt() : statutoryDue(d.receivedAt(), processingDays);
        Duration stood = Duration.ZERO;
        Instant clockStopped = null;
        for (Pause p : d.pauses()) {
            if (p.kind() == Pause.Kind.OTHER && !rules.otherPausesStopClock()) {
                continue;
            }
            if (p.open()) {
                clockStopped = clockStopped == null || p.start().isBefore(clockStopped) ? p.start() : clockStopped;
            } else {
                stood = stood.plus(calendar.workingTimeBetween(p.start(), p.end()));
            }
        }
        Instant due = stood.isZero() ? base : calendar.addWorkingTime(base, stood).toInstant();
        boolean forcedLate = rules.multipleSupplementsLate() && d.supplementCount() > 1;
        Instant end = d.endedAt();
        Outcome outcome = end == null ? null : outcome(end, due, forcedLate);
        return new Judgement(due, end, end == null ? clockStopped : null, forcedLate, outcome, ackLate(d));
    }

    private Instant statutoryDue(Instant received, BigDecimal processingDays) {
        if (processingDays == null) {
            throw new NoDueDate();
        }
        long minutes = processingDays.multiply(BigDecimal.valueOf(calendar.officeHours().workingDay().toMinutes()))
                .longValue();
        return calendar.addWorkingTime(received, Duration.ofMinutes(minutes)).toInstant();
    }

    private Outcome outcome(Instant end, Instant due, boolean forcedLate) {
        LocalDate endDay = VietnamTime.date(end);
        LocalDate dueDay = VietnamTime.date(due);
        boolean late = forcedLate || (rules.compareByDay() ? endDay.isAfter(dueDay) : end.isAfter(due));
        if (late) {
            return Outcome.LATE;
        }
        return endDay.isBefore(dueDay) ? Outcome.EARLY : Outcome.ON_TIME;
    }

    private Boolean ackLate(DossierFacts d) {
        if (d.channel() != Channel.ONLINE || d.submittedAt() == null) {
            return null;
        }
        Instant limit = calendar.addWorkingHours(d.submittedAt(), rules.onlineDecisionHours()).toInstant();
        return d.receivedAt().isAfter(limit);
    }
}
