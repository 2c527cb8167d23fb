package vn.cchc.dossier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the configurable one-stop rules once; the defaults are those of {@link DossierRules#defaults()}. */
@Configuration
class DossierSettings {

    @Bean
    DossierRules dossierRules(@Value("${cchc.dossier.compare-by-day:false}") boolean compareByDay,
                              @Value("${cchc.dossier.multiple-supplements-late:true}") boolean multipleSupplementsLate,
                              @Value("${cchc.dossier.other-pauses-stop-clock:true}") boolean otherPausesStopClock,
                              @Value("${cchc.dossier.online-decision-hours:8}") int onlineDecisionHours,
                              @Value("${cchc.dossier.officer-late-share:0.10}") double officerLateShare,
                              @Value("${cchc.dossier.form06a-withdrawn-on-time:false}") boolean withdrawnAsOnTime) {
        return new DossierRules(compareByDay, multipleSupplementsLate, otherPausesStopClock, onlineDecisionHours,
                officerLateShare, withdrawnAsOnTime);
    }
}
