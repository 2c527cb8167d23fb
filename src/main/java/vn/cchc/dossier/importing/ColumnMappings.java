package vn.cchc.dossier.importing;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The header texts a commune saved for its export; fields without one use the defaults. */
@Repository
class ColumnMappings {

    private final JdbcClient jdbc;

    ColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ColumnMapping of(long communeId) {
        return new ColumnMapping(saved(communeId));
    }

    Map<DossierField, String> saved(long communeId) {
        Map<DossierField, String> saved = new EnumMap<>(DossierField.class);
        jdbc.sql("select field, header from dossier_column where commune_id = ?").param(communeId)
                .query(rs -> {
                    saved.put(DossierField.valueOf(rs.getString("field")), rs.getString("header"));
                });
        return saved;
    }

    /** Replaces the commune's mapping; blank or default entries are not stored. */
    void save(long communeId, Map<DossierField, String> headers) {
        jdbc.sql("delete from dossier_column where commune_id = ?").param(communeId).update();
        headers.forEach((field, header) -> {
            if (header != null && !header.isBlank() && !header.trim().equals(field.defaultHeader())) {
                jdbc.sql("insert into dossier_column (commune_id, field, header) values (?, ?, ?)")
                        .params(communeId, field.name(), header.trim()).update();
            }
        });
    }
}
