package vn.cchc.pakn;

import vn.cchc.shared.Ratio;

/**
 * PAKN handling in a period: items received; items answered in it (on time = by their due date); items still open
 * at its end (or today), in time while their due date has not passed; answers published within the allowed working
 * days; dislikes and repeated complaints among the items received.
 */
public record PaknFigures(long received, long answered, long answeredOnTime, long openInTime, long openOverdue,
                          long published, long publishedOnTime, long disliked, long recomplained, long linkedDossiers) {

    public long open() {
        return openInTime + openOverdue;
    }

    /** 766 indicator 5.2: answered on time or still in time, over answered and open. */
    public Ratio handledOnTime() {
        return new Ratio(answeredOnTime + openInTime, answered + open());
    }

    public Ratio publishedOnTimeShare() {
        return new Ratio(publishedOnTime, answered);
    }

    /** 766 indicator 5.3: items neither disliked, late nor complained about again, over items received. */
    public Ratio satisfaction() {
        long late = (answered - answeredOnTime) + openOverdue;
        return new Ratio(Math.max(0, received - disliked - late - recomplained), received);
    }
}
