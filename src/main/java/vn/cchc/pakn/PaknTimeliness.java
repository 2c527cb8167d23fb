package vn.cchc.pakn;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;

/**
 * PAKN deadlines and handling counts as DVCQG applies them for 766 indicator 5.2 (docs/reference/domain.md §6): an
 * item is handled within {@code handlingDays} (15) working days of receipt unless it states its own due date, and
 * its answer is published within {@code publishDays} (2) working days of the answer. An item still open at the
 * period's end (or today, if earlier) is in time while its due date has not passed then. Pure rule code: one
 * instance per commune's working calendar.
 */
public final class PaknTimeliness {

    private final WorkingCalendar calendar;
    private final int handlingDays;
    private final int publishDays;

    public PaknTimeliness(WorkingCalendar calendar, int handlingDays, int publishDays) {
        this.calendar = calendar;
        this.handlingDays = handlingDays;
        this.publishDays = publishDays;
    }

    /** The due date of an item that does not state one. */
    public LocalDate defaultDue(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, handlingDays);
    }

    /** The last day to publish an answer given on the date. */
    public LocalDate publicationDue(LocalDate answeredOn) {
        return calendar.addWorkingDays(answeredOn, publishDays);
    }

    /**
     * The period's figures over the items: received in it (with dislikes, repeated complaints and linked dossiers);
     * answered in it, on time when by the due date, and published then; open at its end (or today, if earlier),
     * in time or overdue. A period that has not started yet has no open items.
     */
    public PaknFigures figures(List<Pakn> items, Period period, LocalDate today) {
        LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
        long received = 0, answered = 0, answeredOnTime = 0, openInTime = 0, openOverdue = 0, published = 0,
                publishedOnTime = 0, disliked = 0, recomplained = 0, linked = 0;
        for (Pakn p : items) {
            if (within(p.receivedOn(), period)) {
                received++;
                disliked += p.disliked() ? 1 : 0;
                recomplained += p.recomplained() ? 1 : 0;
                linked += p.dossierCode() != null ? 1 : 0;
            }
            if (p.answeredOn() != null && within(p.answeredOn(), period)) {
                answered++;
                answeredOnTime += p.answeredOn().isAfter(p.dueOn()) ? 0 : 1;
                if (p.publishedOn() != null) {
                    published++;
                    publishedOnTime += p.publishedOn().isAfter(publicationDue(p.answeredOn())) ? 0 : 1;
                }
            }
            boolean openAtEnd = !p.receivedOn().isAfter(asOf) && (p.answeredOn() == null || p.answeredOn().isAfter(asOf));
            if (openAtEnd && !period.start().isAfter(today)) {
                if (asOf.isAfter(p.dueOn())) {
                    openOverdue++;
                } else {
                    openInTime++;
                }
            }
        }
        return new PaknFigures(received, answered, answeredOnTime, openInTime, openOverdue, published, publishedOnTime,
                disliked, recomplained, linked);
    }

    private static boolean within(LocalDate date, Period period) {
        return !date.isBefore(period.start()) && !date.isAfter(period.end());
    }
}
