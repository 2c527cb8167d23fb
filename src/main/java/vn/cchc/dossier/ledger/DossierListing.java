package vn.cchc.dossier.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.dossier.timeliness.Channel;
import vn.cchc.dossier.timeliness.Outcome;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * The drill-down: which dossiers make up a figure. Reads the ledger itself (indexed by commune and receipt or end
 * time), one page at a time.
 */
@Repository
class DossierListing {

    /** Which dossiers of the period a list shows. */
    enum Filter {
        JUDGED, RECEIVED, EARLY, ON_TIME, LATE, OPEN, OVERDUE, LATE_ALL, ACK_LATE, MULTI_SUPPLEMENT, NO_APOLOGY
    }

    /** Filters of a list request; null or blank parts are ignored. */
    record Query(Period period, Filter filter, Long unitId, String officer, String procedureCode, String text) {
    }

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierListing(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<DossierRow> page(long communeId, Query q, int page) {
        return select(communeId, q, " order by d.received_at desc, d.code limit " + PAGE_SIZE + " offset " + (page * PAGE_SIZE));
    }

    /** Every matching row (for the XLSX export), capped to keep a download reasonable. */
    List<DossierRow> all(long communeId, Query q, int cap) {
        return select(communeId, q, " order by d.received_at, d.code limit " + cap);
    }

    long count(long communeId, Query q) {
        Sql sql = where(communeId, q);
        return jdbc.sql("select count(*) from dossier d where " + sql.text).params(sql.params).query(Long.class).single();
    }

    private List<DossierRow> select(long communeId, Query q, String tail) {
        Sql sql = where(communeId, q);
        Instant judgedAt = judgedAt(q.period());
        List<Object> params = new ArrayList<>();
        params.add(Timestamps.utc(judgedAt));
        params.add(Timestamps.utc(judgedAt));
        params.addAll(sql.params);
        return jdbc.sql("select d.*, " + Rollups.OVERDUE_AT.formatted("?") + " as overdue_now from dossier d where "
                        + sql.text + tail)
                .params(params).query(DossierListing::row).list();
    }

    /** The moment open dossiers are judged at: the period's end, or now while it runs. */
    private Instant judgedAt(Period period) {
        Instant end = VietnamTime.startOf(period.end().plusDays(1));
        Instant now = clock.instant();
        return end.isBefore(now) ? end : now;
    }

    private record Sql(String text, List<Object> params) {
    }

    private Sql where(long communeId, Query q) {
        Instant start = VietnamTime.startOf(q.period().start());
        Instant end = VietnamTime.startOf(q.period().end().plusDays(1));
        Object from = Timestamps.utc(start);
        Object to = Timestamps.utc(end);
        Object at = Timestamps.utc(judgedAt(q.period()));
        StringBuilder s = new StringBuilder("d.commune_id = ?");
        List<Object> p = new ArrayList<>(List.of(communeId));
        String ended = "(d.end_at >= ? and d.end_at < ?)";
        String open = "(d.received_at < ? and (d.end_at is null or d.end_at >= ?))";
        String received = "(d.received_at >= ? and d.received_at < ?)";
        String overdue = Rollups.OVERDUE_AT.formatted("?");
        switch (q.filter()) {
            case RECEIVED -> add(s, p, received, from, to);
            case EARLY, ON_TIME, LATE -> {
                add(s, p, ended, from, to);
                s.append(" and d.outcome = ").append(Outcome.valueOf(q.filter().name()).code());
            }
            case OPEN -> add(s, p, open, at, at);
            case OVERDUE -> {
                add(s, p, open, at, at);
                add(s, p, overdue, at, at);
            }
            case LATE_ALL -> {
                s.append(" and ((").append(ended).append(" and d.outcome = 3) or (").append(open).append(" and ")
                        .append(overdue).append("))");
                p.addAll(List.of(from, to, at, at, at, at));
            }
            case NO_APOLOGY -> {
                add(s, p, ended, from, to);
                s.append(" and d.outcome = 3 and d.apology_at is null");
            }
            case ACK_LATE -> {
                add(s, p, received, from, to);
                s.append(" and d.ack_late");
            }
            case MULTI_SUPPLEMENT -> {
                add(s, p, received, from, to);
                s.append(" and d.supplement_count > 1");
            }
            case JUDGED -> {
                s.append(" and (").append(ended).append(" or ").append(open).append(")");
                p.addAll(List.of(from, to, at, at));
            }
        }
        if (q.unitId() != null) {
            s.append(q.unitId() == 0 ? " and d.unit_id is null" : " and d.unit_id = ?");
            if (q.unitId() != 0) {
                p.add(q.unitId());
            }
        }
        if (q.officer() != null && !q.officer().isBlank()) {
            s.append(" and d.officer = ?");
            p.add(q.officer());
        }
        if (q.procedureCode() != null && !q.procedureCode().isBlank()) {
            s.append(" and d.procedure_code = ?");
            p.add(q.procedureCode());
        }
        if (q.text() != null && !q.text().isBlank()) {
            s.append(" and d.search_text like ?");
            p.add("%" + SearchText.key(q.text()) + "%");
        }
        return new Sql(s.toString(), p);
    }

    private static void add(StringBuilder s, List<Object> p, String condition, Object... params) {
        s.append(" and ").append(condition);
        p.addAll(List.of(params));
    }

    private static DossierRow row(ResultSet rs, int n) throws SQLException {
        int code = rs.getInt("outcome");
        Outcome outcome = rs.wasNull() ? null : Outcome.values()[code - 1];
        Object ack = rs.getObject("ack_late");
        return new DossierRow(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
                rs.getString("unit_name"), rs.getString("officer"), Channel.ofCode(rs.getString("channel")),
                Timestamps.instant(rs, "submitted_at"), Timestamps.instant(rs, "received_at"),
                Timestamps.instant(rs, "due_at"), Timestamps.instant(rs, "end_at"),
                outcome, rs.getBoolean("overdue_now"),
                rs.getInt("supplement_count"), ack == null ? null : (Boolean) ack, Timestamps.instant(rs, "apology_at"));
    }
}
