package vn.cchc.dossier;

/**
 * A dossier of the ledger as other modules see it (a survey answer naming a dossier code): what it is for and
 * whether it has ended, without its timeliness details.
 */
public record DossierRef(String code, String procedureCode, String procedureName, String field, Long unitId,
                         boolean ended) {
}
