package vn.cchc.dossier;

import vn.cchc.shared.Ratio;

/**
 * The counts behind every one-stop indicator for a scope (commune, unit, officer or procedure) and period: what was
 * received in it, what finished in it and how, and what was still open at its end (in time or overdue).
 */
public record ServiceFigures(long received, long receivedDirect, long receivedOnline, long receivedPostal,
                             long receivedFull, long withFee, long paidOnline, long digitised, long reused,
                             long onlineTimed, long ackLate, long multiSupplement, long dissatisfied, long finished,
                             long early, long onTime, long late, long lateApology, long eResult, long openInTime,
                             long openOverdue) {

    public static final ServiceFigures ZERO = new ServiceFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Only the dossiers open at a period's end: in time and overdue. */
    public static ServiceFigures openPart(long inTime, long overdue) {
        long[] v = new long[21];
        v[19] = inTime;
        v[20] = overdue;
        return of(v);
    }

    /** From the 21 counts in record order. */
    public static ServiceFigures of(long[] v) {
        return new ServiceFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17], v[18], v[19], v[20]);
    }

    public ServiceFigures plus(ServiceFigures o) {
        return new ServiceFigures(received + o.received, receivedDirect + o.receivedDirect, receivedOnline + o.receivedOnline,
                receivedPostal + o.receivedPostal, receivedFull + o.receivedFull, withFee + o.withFee,
                paidOnline + o.paidOnline, digitised + o.digitised, reused + o.reused, onlineTimed + o.onlineTimed,
                ackLate + o.ackLate, multiSupplement + o.multiSupplement, dissatisfied + o.dissatisfied,
                finished + o.finished, early + o.early, onTime + o.onTime, late + o.late, lateApology + o.lateApology,
                eResult + o.eResult, openInTime + o.openInTime, openOverdue + o.openOverdue);
    }

    public long open() {
        return openInTime + openOverdue;
    }

    /** Dossiers judged in the period: those that finished in it plus those still open at its end. */
    public long judged() {
        return finished + open();
    }

    /** The 766 rule (2.1): early, on time or still in time, over all judged. */
    public Ratio onTimeShare() {
        return new Ratio(early + onTime + openInTime, judged());
    }

    public Ratio lateShare() {
        return new Ratio(late + openOverdue, judged());
    }

    public Ratio online() {
        return new Ratio(receivedOnline, received);
    }

    public Ratio fullOnline() {
        return new Ratio(receivedFull, received);
    }

    public Ratio onlinePayment() {
        return new Ratio(paidOnline, withFee);
    }

    public Ratio digitisation() {
        return new Ratio(digitised, received);
    }

    public Ratio electronicResults() {
        return new Ratio(eResult, finished);
    }

    public Ratio reuse() {
        return new Ratio(reused, received);
    }

    public Ratio apologies() {
        return new Ratio(lateApology, late);
    }

    /** Online dossiers accepted or refused within the allowed working hours. */
    public Ratio onlineDecisionInTime() {
        return new Ratio(onlineTimed - ackLate, onlineTimed);
    }
}
