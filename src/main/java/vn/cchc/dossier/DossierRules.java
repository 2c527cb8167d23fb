package vn.cchc.dossier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-stop rules that domain research marks inferred or conflicting, as configuration (docs/indicators.md):
 * whether lateness is judged by the minute or by the day, whether a second supplementation request makes a dossier
 * late, whether pauses other than supplementation stop the clock, the online acceptance window, and whether Biểu
 * II.06a counts dossiers that left without a result as resolved on time.
 */
@Component
public class DossierRules {

    private final boolean compareByDay;
    private final boolean multipleSupplementsLate;
    private final boolean otherPausesStopClock;
    private final int onlineDecisionHours;
    private final double officerLateShare;
    private final boolean withdrawnAsOnTime;

    DossierRules(@Value("${cchc.dossier.compare-by-day:false}") boolean compareByDay,
                 @Value("${cchc.dossier.multiple-supplements-late:true}") boolean multipleSupplementsLate,
                 @Value("${cchc.dossier.other-pauses-stop-clock:true}") boolean otherPausesStopClock,
                 @Value("${cchc.dossier.online-decision-hours:8}") int onlineDecisionHours,
                 @Value("${cchc.dossier.officer-late-share:0.10}") double officerLateShare,
                 @Value("${cchc.dossier.form06a-withdrawn-on-time:false}") boolean withdrawnAsOnTime) {
        this.compareByDay = compareByDay;
        this.multipleSupplementsLate = multipleSupplementsLate;
        this.otherPausesStopClock = otherPausesStopClock;
        this.onlineDecisionHours = onlineDecisionHours;
        this.officerLateShare = officerLateShare;
        this.withdrawnAsOnTime = withdrawnAsOnTime;
    }

    /** The defaults: minute comparison (as DVCQG compares timestamps), second supplementation late, 8 hours. */
    public static DossierRules defaults() {
        return new DossierRules(false, true, true, 8, 0.10, false);
    }

    public DossierRules withCompareByDay(boolean byDay) {
        return new DossierRules(byDay, multipleSupplementsLate, otherPausesStopClock, onlineDecisionHours,
                officerLateShare, withdrawnAsOnTime);
    }

    public boolean compareByDay() {
        return compareByDay;
    }

    public boolean multipleSupplementsLate() {
        return multipleSupplementsLate;
    }

    public boolean otherPausesStopClock() {
        return otherPausesStopClock;
    }

    public int onlineDecisionHours() {
        return onlineDecisionHours;
    }

    public double officerLateShare() {
        return officerLateShare;
    }

    public boolean withdrawnAsOnTime() {
        return withdrawnAsOnTime;
    }
}
