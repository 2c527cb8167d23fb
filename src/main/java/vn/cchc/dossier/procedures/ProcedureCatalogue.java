package vn.cchc.dossier.procedures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.SearchText;

/** The commune's procedure catalogue; imports add procedures they meet for the first time (without a time limit). */
@Repository
public class ProcedureCatalogue {

    private final JdbcClient jdbc;

    ProcedureCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Procedure> all(long communeId, String query) {
        return jdbc.sql("select * from tthc_procedure where commune_id = ? and search_text like ? order by field, code")
                .params(communeId, "%" + SearchText.key(query) + "%").query(ProcedureCatalogue::procedure).list();
    }

    public Map<String, Procedure> byCode(long communeId) {
        return all(communeId, "").stream().collect(Collectors.toMap(Procedure::code, Function.identity()));
    }

    Optional<Procedure> find(long communeId, long id) {
        return jdbc.sql("select * from tthc_procedure where commune_id = ? and id = ?").params(communeId, id)
                .query(ProcedureCatalogue::procedure).optional();
    }

    public void save(long communeId, Long id, ProcedureForm f) {
        String search = SearchText.key(f.getCode() + " " + f.getName() + " " + f.getField());
        String level = f.getOnlineLevel() == null ? null : f.getOnlineLevel().name();
        if (id == null) {
            jdbc.sql("""
                    insert into tthc_procedure (commune_id, code, name, field, processing_days, online_level, fee_bearing,
                        payment_integrated, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(communeId, f.getCode(), f.getName(), f.getField(), f.getProcessingDays(), level,
                            f.isFeeBearing(), f.isPaymentIntegrated(), search).update();
        } else {
            jdbc.sql("""
                    update tthc_procedure set code = ?, name = ?, field = ?, processing_days = ?, online_level = ?,
                        fee_bearing = ?, payment_integrated = ?, search_text = ? where commune_id = ? and id = ?""")
                    .params(f.getCode(), f.getName(), f.getField(), f.getProcessingDays(), level, f.isFeeBearing(),
                            f.isPaymentIntegrated(), search, communeId, id).update();
        }
    }

    boolean codeTaken(long communeId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from tthc_procedure where commune_id = ? and code = ? and id <> ?")
                .params(communeId, code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** Adds the staged dossiers' procedures that the catalogue does not have yet. */
    public int addUnknownFromStage(long communeId) {
        return jdbc.sql("""
                insert into tthc_procedure (commune_id, code, name, field, search_text)
                select distinct on (procedure_code) ?, procedure_code, coalesce(nullif(procedure_name, ''), procedure_code),
                       field, procedure_code
                from dossier_stage order by procedure_code
                on conflict (commune_id, code) do nothing""").param(communeId).update();
    }

    private static Procedure procedure(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("online_level");
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
                rs.getBigDecimal("processing_days"), level == null ? null : OnlineLevel.valueOf(level),
                rs.getBoolean("fee_bearing"), rs.getBoolean("payment_integrated"));
    }

    /** Catalogue counts the 766 service indicators 3.1 and 3.5a need. */
    public record CatalogueCounts(int procedures, int online, int feeBearing, int paymentIntegrated, List<String> onlineCodes,
                           List<String> feeCodes) {
    }

    public CatalogueCounts counts(long communeId) {
        List<Procedure> all = all(communeId, "");
        return new CatalogueCounts(all.size(), (int) all.stream().filter(p -> p.onlineLevel() != null).count(),
                (int) all.stream().filter(Procedure::feeBearing).count(),
                (int) all.stream().filter(p -> p.feeBearing() && p.paymentIntegrated()).count(),
                all.stream().filter(p -> p.onlineLevel() != null).map(Procedure::code).toList(),
                all.stream().filter(Procedure::feeBearing).map(Procedure::code).toList());
    }

    public static BigDecimal days(Procedure p) {
        return p == null ? null : p.processingDays();
    }
}
