package vn.cchc.dossier;

/**
 * The one-stop rules that domain research marks inferred or conflicting, as settings (docs/indicators.md): whether
 * lateness is judged by the minute or by the day, whether a second supplementation request makes a dossier late,
 * whether pauses other than supplementation stop the clock, the online acceptance window, the officer late-share
 * limit, and whether Biểu II.06a counts dossiers that left without a result as resolved on time. Bound once from
 * the {@code cchc.dossier.*} properties by {@link DossierSettings}.
 */
public record DossierRules(boolean compareByDay, boolean multipleSupplementsLate, boolean otherPausesStopClock,
                           int onlineDecisionHours, double officerLateShare, boolean withdrawnAsOnTime) {

    /** The defaults: minute comparison (as DVCQG compares timestamps), second supplementation late, 8 hours. */
    public static DossierRules defaults() {
        return new DossierRules(false, true, true, 8, 0.10, false);
    }

    public DossierRules withCompareByDay(boolean byDay) {
        return new DossierRules(byDay, multipleSupplementsLate, otherPausesStopClock, onlineDecisionHours,
                officerLateShare, withdrawnAsOnTime);
    }
}
