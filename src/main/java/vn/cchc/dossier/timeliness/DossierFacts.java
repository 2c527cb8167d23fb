package vn.cchc.dossier.timeliness;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.cchc.dossier.procedures.OnlineLevel;

/**
 * One dossier as the one-stop system exported it, after parsing; nothing derived yet. {@code withoutResult}: it left
 * without a result (withdrawn by the citizen, refused, processing stopped).
 */
public record DossierFacts(String code, String procedureCode, String procedureName, String field, String unitName,
                           String officer, Channel channel, OnlineLevel onlineLevel, Instant submittedAt,
                           Instant receivedAt, Instant appointmentAt, Instant finishedAt, Instant returnedAt,
                           List<Pause> pauses, BigDecimal fee, boolean paidOnline, boolean digitised,
                           boolean eResult, boolean reusedData, Instant apologyAt, Integer rating, String applicant,
                           boolean withoutResult) {

    public DossierFacts {
        pauses = List.copyOf(pauses);
    }

    /** When processing ended: the "done" time, else the time the result was handed over. */
    public Instant endedAt() {
        return finishedAt != null ? finishedAt : returnedAt;
    }

    public long supplementCount() {
        return pauses.stream().filter(p -> p.kind() == Pause.Kind.SUPPLEMENT).count();
    }
}
