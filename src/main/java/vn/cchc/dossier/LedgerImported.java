package vn.cchc.dossier;

/** Published after an import changed a commune's ledger, so pages that keep figures fetch them afresh at once. */
public record LedgerImported(long communeId) {
}
