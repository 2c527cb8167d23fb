package vn.cchc.dossier;

/** An entry of the commune's procedure catalogue was saved: the public site reads its data stamp afresh. */
public record ProcedureCatalogueChanged(long communeId) {
}
