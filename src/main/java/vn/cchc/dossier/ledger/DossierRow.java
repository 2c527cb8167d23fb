package vn.cchc.dossier.ledger;

import java.time.Instant;
import vn.cchc.dossier.timeliness.Channel;
import vn.cchc.dossier.timeliness.Outcome;

/** A dossier as the drill-down list shows it. */
public record DossierRow(String code, String procedureCode, String procedureName, String unitName, String officer,
                         Channel channel, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant endAt,
                         Outcome outcome, boolean overdueNow, int supplementCount, Boolean ackLate, Instant apologyAt) {

    /** The state word shown in the list: the outcome, or open in time / overdue. */
    public String stateKey() {
        if (outcome != null) {
            return "dossier.outcome." + outcome.name();
        }
        return overdueNow ? "dossier.state.overdue" : "dossier.state.inTime";
    }
}
