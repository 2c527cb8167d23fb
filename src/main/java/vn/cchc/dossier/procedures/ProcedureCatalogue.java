package vn.cchc.dossier.procedures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.dossier.ProcedureCatalogueChanged;
import vn.cchc.shared.Paged;
import vn.cchc.shared.SearchQuery;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.Timestamps;

/** The commune's procedure catalogue; imports add procedures they meet for the first time (without a time limit). */
@Repository
public class ProcedureCatalogue {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProcedureCatalogue(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * One page of the commune's catalogue for the public site, by field (folded: "Đất đai" after "Chứng thực" whatever
     * the database's collation) then code: entries whose code and name hold
     * every word of the query (folded; null: all) in the field given (null: all fields), with how many there are.
     */
    public Paged<Procedure> page(long communeId, SearchQuery query, String field, int page, int size) {
        String where = " where commune_id = ?" + (field == null ? "" : " and field = ?")
                + (query == null ? "" : " and " + query.allWordsIn("cchc_fold(code || ' ' || name)"));
        List<Object> params = new ArrayList<>();
        params.add(communeId);
        if (field != null) {
            params.add(field);
        }
        if (query != null) {
            params.addAll(query.likePatterns());
        }
        long total = jdbc.sql("select count(*) from tthc_procedure" + where).params(params).query(Long.class).single();
        params.add(size);
        params.add(Paged.offset(page, size));
        List<Procedure> items = jdbc.sql("select * from tthc_procedure" + where + " order by cchc_fold(field), code limit ? offset ?")
                .params(params).query(ProcedureCatalogue::procedure).list();
        return new Paged<>(items, page, size, total);
    }

    /** The fields the commune's catalogue names, for the public page's filter. */
    public List<String> fields(long communeId) {
        return jdbc.sql("""
                        select field from tthc_procedure where commune_id = ? and field <> ''
                        group by field order by cchc_fold(field)""")
                .param(communeId).query(String.class).list();
    }

    /** The latest change of the commune's catalogue, if it has an entry. */
    public Optional<Instant> lastChange(long communeId) {
        return jdbc.sql("select updated_at from tthc_procedure where commune_id = ? order by updated_at desc limit 1")
                .param(communeId).query((rs, n) -> Timestamps.instant(rs, 1)).optional();
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
        OffsetDateTime now = Timestamps.utc(clock.instant());
        if (id == null) {
            jdbc.sql("""
                    insert into tthc_procedure (commune_id, code, name, field, processing_days, online_level, fee_bearing,
                        payment_integrated, search_text, fee_text, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + AFTER_LATEST + ")")
                    .params(communeId, f.getCode(), f.getName(), f.getField(), f.getProcessingDays(), level,
                            f.isFeeBearing(), f.isPaymentIntegrated(), search, f.getFeeText(), now, communeId).update();
        } else {
            jdbc.sql("""
                    update tthc_procedure set code = ?, name = ?, field = ?, processing_days = ?, online_level = ?,
                        fee_bearing = ?, payment_integrated = ?, search_text = ?, fee_text = ?,
                        updated_at = """ + AFTER_LATEST + " where commune_id = ? and id = ?")
                    .params(f.getCode(), f.getName(), f.getField(), f.getProcessingDays(), level, f.isFeeBearing(),
                            f.isPaymentIntegrated(), search, f.getFeeText(), now, communeId, communeId, id).update();
        }
        events.publishEvent(new ProcedureCatalogueChanged(communeId));
    }

    /**
     * The save's time, or just after the catalogue's latest change when the clock has not moved past it: the public
     * pages' tags are made from the latest change, so every save must move it on.
     */
    private static final String AFTER_LATEST =
            "greatest(?, (select max(updated_at) + interval '1 millisecond' from tthc_procedure where commune_id = ?))";

    boolean codeTaken(long communeId, String code, Long exceptId) {
        return jdbc.sql("select count(*) from tthc_procedure where commune_id = ? and code = ? and id <> ?")
                .params(communeId, code, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    /** A procedure an import met that the catalogue lacks: its code, and the name and field the file gave it. */
    public record Unknown(String code, String name, String field) {
    }

    /** Adds an import's procedures that the catalogue does not have yet (without a time limit). */
    public int addUnknown(long communeId, List<Unknown> procedures) {
        if (procedures.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                insert into tthc_procedure (commune_id, code, name, field, search_text)
                select ?, code, name, field, code from unnest(?::text[], ?::text[], ?::text[]) p(code, name, field)
                on conflict (commune_id, code) do nothing""")
                .params(communeId, procedures.stream().map(Unknown::code).toArray(String[]::new),
                        procedures.stream().map(Unknown::name).toArray(String[]::new),
                        procedures.stream().map(Unknown::field).toArray(String[]::new)).update();
    }

    private static Procedure procedure(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("online_level");
        return new Procedure(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("field"),
                rs.getBigDecimal("processing_days"), level == null ? null : OnlineLevel.valueOf(level),
                rs.getBoolean("fee_bearing"), rs.getBoolean("payment_integrated"), rs.getString("fee_text"));
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
