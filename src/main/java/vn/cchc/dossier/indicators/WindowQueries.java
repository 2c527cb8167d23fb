package vn.cchc.dossier.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.dossier.Form06a;
import vn.cchc.dossier.LateDossiers;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * Figures for a date window that is not a union of months (a report's 15/12–14/03), read from the ledger itself
 * with grouped queries. A window runs from the start of its first day to the start of the day after its last, in
 * Vietnam time; dossiers still open are judged at its end, or now while it runs, by {@link Rollups#OVERDUE_AT}.
 */
@Repository
public class WindowQueries {

    /** A dossier of the window: received in it, or received before and still open at its start. */
    private static final String IN_PLAY = """
            d.commune_id = :commune and ((d.received_at >= :from and d.received_at < :to)
                or (d.received_at < :from and (d.end_at >= :from or d.end_at is null)))""";
    private static final String ENDED = "d.end_at < :to";
    /** A dossier's lĩnh vực: the catalogue's, else the export's (with {@link #WITH_PROCEDURE}). */
    static final String FIELD = "coalesce(nullif(p.field, ''), d.field)";
    /** The procedure's and the field's names as the late list and the apology letter show them. */
    public static final String LABELS = "coalesce(nullif(p.name, ''), nullif(d.procedure_name, ''), d.procedure_code)"
            + " as procedure_label, " + FIELD + " as field_label";
    public static final String WITH_PROCEDURE = """
            from dossier d
            left join tthc_procedure p on p.commune_id = d.commune_id and p.code = d.procedure_code
            """;
    private static final String OPEN = "(d.end_at is null or d.end_at >= :to)";

    private final JdbcClient jdbc;
    private final Clock clock;

    WindowQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The window's bounds and the moment its open dossiers are judged at. */
    public record Window(Instant from, Instant to, Instant judgedAt) {
    }

    public Window window(LocalDate from, LocalDate to) {
        Instant end = VietnamTime.startOf(to.plusDays(1));
        Instant now = clock.instant();
        return new Window(VietnamTime.startOf(from), end, end.isBefore(now) ? end : now);
    }

    /** Biểu II.06a rows per lĩnh vực (the catalogue's, else the export's) and, last, the total row. */
    public List<Form06a.Row> form06a(long communeId, Window w) {
        String overdue = Rollups.OVERDUE_AT.formatted(":at");
        String resolved = ENDED + " and not d.without_result";
        return jdbc.sql("""
                        select f.field, grouping(f.field) = 1 as total, count(*) as received,
                            count(*) filter (where d.received_at >= :from and d.channel = 'O') as online,
                            count(*) filter (where d.received_at >= :from and d.channel <> 'O') as in_person,
                            count(*) filter (where d.received_at < :from) as carried_over,
                            count(*) filter (where %1$s) as resolved,
                            count(*) filter (where %1$s and d.outcome = 1) as early,
                            count(*) filter (where %1$s and d.outcome = 2) as on_time,
                            count(*) filter (where %1$s and d.outcome = 3) as late,
                            count(*) filter (where %2$s) as in_progress,
                            count(*) filter (where %2$s and not %3$s) as in_time,
                            count(*) filter (where %2$s and %3$s) as overdue,
                            count(*) filter (where %4$s and d.without_result) as withdrawn
                        %6$s
                        cross join lateral (select %7$s as field) f
                        where %5$s
                        group by grouping sets ((f.field), ())
                        order by grouping(f.field), f.field""".formatted(resolved, OPEN, overdue, ENDED, IN_PLAY,
                        WITH_PROCEDURE, FIELD))
                .param("commune", communeId).param("from", Timestamps.utc(w.from())).param("to", Timestamps.utc(w.to()))
                .param("at", Timestamps.utc(w.judgedAt()))
                .query(WindowQueries::row).list();
    }

    private static Form06a.Row row(ResultSet rs, int n) throws SQLException {
        return new Form06a.Row(rs.getBoolean("total") ? "" : rs.getString("field"), rs.getLong("received"),
                rs.getLong("online"), rs.getLong("in_person"), rs.getLong("carried_over"), rs.getLong("resolved"),
                rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("in_progress"),
                rs.getLong("in_time"), rs.getLong("overdue"), rs.getLong("withdrawn"));
    }

    /**
     * The indicator counts of the window, as the monthly rollups would give them for a period: what was received in
     * it and what ended in it (the rollups' own per-dossier query), and what was still open at its end.
     */
    public ServiceFigures figures(long communeId, Window w) {
        List<ServiceFigures> parts = new ArrayList<>();
        jdbc.sql("select " + ServiceFiguresRows.sums() + " from (" + Rollups.PER_DOSSIER + ") x")
                .param("commune", communeId).param("from", Timestamps.utc(w.from())).param("to", Timestamps.utc(w.to()))
                .query(rs -> {
                    parts.add(ServiceFiguresRows.monthPart(rs));
                });
        String overdue = Rollups.OVERDUE_AT.formatted(":at");
        jdbc.sql("select count(*) filter (where not " + overdue + ") as in_time, count(*) filter (where " + overdue
                        + ") as overdue from dossier d where d.commune_id = :commune and d.received_at < :at"
                        + " and (d.end_at is null or d.end_at >= :at)")
                .param("commune", communeId).param("at", Timestamps.utc(w.judgedAt()))
                .query(rs -> {
                    parts.add(ServiceFigures.openPart(rs.getLong("in_time"), rs.getLong("overdue")));
                });
        return parts.stream().reduce(ServiceFigures.ZERO, ServiceFigures::plus);
    }

    /**
     * The window's late dossiers, as Biểu II.06a counts them: resolved late in it (column 10) and still open and
     * overdue at its end (column 13), in order of receipt. Their lateness in working days is the caller's.
     */
    public List<LateDossiers.Late> late(long communeId, Window w) {
        String overdue = Rollups.OVERDUE_AT.formatted(":at");
        return jdbc.sql("""
                        select d.*, %1$s as open_at_end, %5$s
                        %6$s
                        where %2$s and ((%3$s and not d.without_result and d.outcome = 3) or (%1$s and %4$s))
                        order by d.received_at, d.code""".formatted(OPEN, IN_PLAY, ENDED, overdue, LABELS,
                        WITH_PROCEDURE))
                .param("commune", communeId).param("from", Timestamps.utc(w.from())).param("to", Timestamps.utc(w.to()))
                .param("at", Timestamps.utc(w.judgedAt()))
                .query((rs, n) -> LateDossiers.late(rs, rs.getBoolean("open_at_end"))).list();
    }
}
