package vn.cchc.dossier.indicators;


/**
 * The counts the computed 766 indicators are rates of (docs/reference/domain.md §2): the ledger's dossiers judged,
 * received and finished in the period, the catalogue's procedures, and the PAKN items. Plain numbers, so the score
 * can be worked out by hand.
 */
public record Figures766(Dossiers dossiers, Catalogue catalogue, Pakn pakn) {

    /** Dossiers: judged = finished + open at the end; in time = early + on time + open in time. */
    public record Dossiers(long judged, long inTime, long lateOrOverdue, long dissatisfied, long received,
                           long receivedOnline, long withFee, long paidOnline, long finished, long eResult,
                           long digitised, long reused) {
    }

    /** Procedures of the catalogue: all, with an online level, fee-bearing, integrated for payment; used online. */
    public record Catalogue(long procedures, long online, long onlineUsed, long feeBearing, long paymentIntegrated,
                            long feePaidOnline) {
    }

    /** PAKN items: handled (answered or open), handled on time, received, satisfied, and dossiers they complain about. */
    public record Pakn(long handled, long handledOnTime, long received, long satisfied, long linkedDossiers) {
    }
}
