package vn.cchc.dossier;

import java.time.Instant;

/** The last import that changed a commune's ledger: its id (strictly increasing) and when it finished. */
public record LedgerChange(long importId, Instant at) {
}
