package vn.cchc.registers.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the initiatives and the evidence they cite, scoped to the commune. */
@Repository
class InitiativeRepository {

    private static final String SELECT = """
            select i.*, u.name unit_name from registers_initiative i join org_unit u on u.id = i.unit_id""";

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's initiatives (by the date proposed), optionally of one unit, newest first. */
    List<Initiative> ofYear(long communeId, int year, Long unitId) {
        return jdbc.sql(SELECT + """
                         \swhere i.commune_id = ? and extract(year from i.proposed_on) = ?
                           and (cast(? as bigint) is null or i.unit_id = ?)
                         order by i.proposed_on desc, i.id desc""")
                .params(communeId, year, unitId, unitId).query(InitiativeRepository::row).list();
    }

    Optional<Initiative> find(long communeId, long id) {
        return jdbc.sql(SELECT + " where i.commune_id = ? and i.id = ?").params(communeId, id)
                .query(InitiativeRepository::row).optional();
    }

    long insert(long communeId, InitiativeForm f, long userId) {
        return jdbc.sql("""
                        insert into registers_initiative (commune_id, unit_id, title, authors, summary, proposed_on,
                            applied_on, recognised_on, recognised_by, decision_number, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, f.getUnitId(), strip(f.getTitle()), strip(f.getAuthors()), strip(f.getSummary()),
                        f.getProposedOn(), f.getAppliedOn(), f.getRecognisedOn(), strip(f.getRecognisedBy()),
                        strip(f.getDecisionNumber()), userId)
                .query(Long.class).single();
    }

    void update(long communeId, long id, InitiativeForm f) {
        jdbc.sql("""
                        update registers_initiative set unit_id = ?, title = ?, authors = ?, summary = ?,
                            proposed_on = ?, applied_on = ?, recognised_on = ?, recognised_by = ?, decision_number = ?
                        where commune_id = ? and id = ?""")
                .params(f.getUnitId(), strip(f.getTitle()), strip(f.getAuthors()), strip(f.getSummary()),
                        f.getProposedOn(), f.getAppliedOn(), f.getRecognisedOn(), strip(f.getRecognisedBy()),
                        strip(f.getDecisionNumber()), communeId, id)
                .update();
    }

    List<Long> evidence(long communeId, long id) {
        return jdbc.sql("""
                        select document_id from registers_initiative_evidence where commune_id = ? and initiative_id = ?
                        order by document_id""")
                .params(communeId, id).query(Long.class).list();
    }

    /** Replaces the initiative's evidence with these documents. */
    void setEvidence(long communeId, long id, List<Long> documentIds) {
        jdbc.sql("delete from registers_initiative_evidence where commune_id = ? and initiative_id = ?")
                .params(communeId, id).update();
        for (Long doc : documentIds) {
            jdbc.sql("insert into registers_initiative_evidence (initiative_id, document_id, commune_id) values (?, ?, ?)")
                    .params(id, doc, communeId).update();
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Initiative row(ResultSet rs, int n) throws SQLException {
        return new Initiative(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("title"), rs.getString("authors"), rs.getString("summary"),
                rs.getObject("proposed_on", LocalDate.class), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("recognised_on", LocalDate.class), rs.getString("recognised_by"),
                rs.getString("decision_number"));
    }
}
