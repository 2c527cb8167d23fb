package vn.cchc.dossier.indicators;

import java.time.Instant;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.dossier.timeliness.Judgement;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * Keeps the monthly rollups in step with the ledger. A month's received and finished counts are rebuilt from the
 * dossiers received or ended in it; the dossiers still open at an ended month's end are judged at that moment,
 * with the same rule as {@link Judgement#overdueAt}: late when forced, else when the moment (or the earlier stop of
 * the clock) is past the due time.
 */
@Repository
public class Rollups {

    /**
     * Overdue at moment %1$s, in SQL for speed. The reference is {@link Judgement#overdueAt} in Java: change both
     * together; OverdueAtAgreementTest checks they agree case by case.
     */
    public static final String OVERDUE_AT = "(d.forced_late or least(%1$s, coalesce(d.clock_stopped_at, %1$s)) > d.due_at)";

    /**
     * Each dossier of {@code :commune} as rollup counts: one line for its receipt if received in [{@code :from},
     * {@code :to}), one for its end if it ended in it, each dated by its month. Summed by month for the rollups, and
     * over a whole date window by {@link WindowQueries}, so both count with the same definitions. A dossier is
     * dissatisfied by the one-stop system's rating or, when that has none, by a satisfaction survey's.
     */
    static final String PER_DOSSIER = """
            select date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as month,
                coalesce(d.unit_id, 0) as unit_id, d.procedure_code, d.officer,
                1 as received, (d.channel = 'D')::int as received_direct, (d.channel = 'O')::int as received_online,
                (d.channel = 'P')::int as received_postal, coalesce(d.online_level = 'F', false)::int as received_full,
                (d.fee > 0)::int as with_fee, (d.fee > 0 and d.paid_online)::int as paid_online,
                d.digitised::int as digitised, d.reused_data::int as reused,
                (d.ack_late is not null)::int as online_timed, coalesce(d.ack_late, false)::int as ack_late,
                (d.supplement_count > 1)::int as multi_supplement, 0 as dissatisfied,
                0 as finished, 0 as early, 0 as on_time, 0 as late, 0 as late_apology, 0 as e_result
            from dossier d where d.commune_id = :commune and d.received_at >= :from and d.received_at < :to
            union all
            select date_trunc('month', d.end_at at time zone 'Asia/Ho_Chi_Minh')::date,
                coalesce(d.unit_id, 0), d.procedure_code, d.officer,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, coalesce(coalesce(d.rating, d.survey_rating) = 1, false)::int,
                1, (d.outcome = 1)::int, (d.outcome = 2)::int, (d.outcome = 3)::int,
                (d.outcome = 3 and d.apology_at is not null)::int, d.e_result::int
            from dossier d where d.commune_id = :commune and d.end_at >= :from and d.end_at < :to""";

    /** The monthly rollup's columns, written by the rebuild (from the ledger) and by a first load's tally. */
    private static final String INSERT_MONTH = """
            insert into dossier_month (commune_id, month, unit_id, procedure_code, officer, received, received_direct,
                received_online, received_postal, received_full, with_fee, paid_online, digitised, reused, online_timed,
                ack_late, multi_supplement, dissatisfied, finished, early, on_time, late, late_apology, e_result)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Rollups(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Writes the months from {@code first} to {@code last} (inclusive) of one commune from a tally of its whole
     * ledger, counted as its first load was written; the same rows {@link #rebuild} would make.
     */
    public void replace(long communeId, YearMonth first, YearMonth last, YearMonth current, RollupTally tally) {
        deleteMonths(communeId, first, last);
        batches.batchUpdate(INSERT_MONTH + """
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                tally.months.entrySet().stream().map(e -> {
                    Object[] row = new Object[5 + RollupTally.COUNTS];
                    key(row, communeId, e.getKey());
                    for (int i = 0; i < RollupTally.COUNTS; i++) {
                        row[5 + i] = e.getValue()[i];
                    }
                    return row;
                }).toList());
        clearOpen(communeId, first);
        if (first.isBefore(current)) {
            batches.batchUpdate("""
                    insert into dossier_open_month (commune_id, month, unit_id, procedure_code, officer, in_time, overdue)
                    values (?, ?, ?, ?, ?, ?, ?)""", tally.open.entrySet().stream().map(e -> {
                        Object[] row = new Object[7];
                        key(row, communeId, e.getKey());
                        row[5] = e.getValue()[0];
                        row[6] = e.getValue()[1];
                        return row;
                    }).toList());
            markSnapshots(communeId, first, current.minusMonths(1));
        }
    }

    private static void key(Object[] row, long communeId, RollupTally.Key key) {
        row[0] = communeId;
        row[1] = key.month();
        row[2] = key.unitId();
        row[3] = key.procedureCode();
        row[4] = key.officer();
    }

    private void clearOpen(long communeId, YearMonth first) {
        jdbc.sql("delete from dossier_open_month where commune_id = ? and month >= ?").params(communeId, first.atDay(1)).update();
        jdbc.sql("delete from dossier_open_snapshot where commune_id = ? and month >= ?").params(communeId, first.atDay(1)).update();
    }

    /** Rebuilds the months from {@code first} to {@code last} (inclusive) of one commune; open snapshots for ended ones. */
    public void rebuild(long communeId, YearMonth first, YearMonth last, YearMonth current) {
        Instant from = start(first);
        Instant to = start(last.plusMonths(1));
        deleteMonths(communeId, first, last);
        jdbc.sql(INSERT_MONTH + """
                select :commune, month, unit_id, procedure_code, officer, sum(received), sum(received_direct),
                    sum(received_online), sum(received_postal), sum(received_full), sum(with_fee), sum(paid_online),
                    sum(digitised), sum(reused), sum(online_timed), sum(ack_late), sum(multi_supplement), sum(dissatisfied),
                    sum(finished), sum(early), sum(on_time), sum(late), sum(late_apology), sum(e_result)
                from (""" + PER_DOSSIER + """
                ) x
                group by month, unit_id, procedure_code, officer""")
                .param("commune", communeId).param("from", Timestamps.utc(from)).param("to", Timestamps.utc(to))
                .update();
        clearOpen(communeId, first);
        if (first.isBefore(current)) {
            snapshots(communeId, first, current.minusMonths(1));
        }
    }

    /** Judges the dossiers open at the end of an ended month and records that it was done. */
    void snapshot(long communeId, YearMonth month) {
        snapshots(communeId, month, month);
    }

    /**
     * Judges, for every ended month from {@code first} to {@code last}, the dossiers still open at its end. One pass:
     * each dossier is expanded into the month ends it spans (most span none), each judged at that moment.
     */
    void snapshots(long communeId, YearMonth first, YearMonth last) {
        Instant firstEnd = start(first.plusMonths(1));
        Instant lastEnd = start(last.plusMonths(1));
        jdbc.sql("""
                insert into dossier_open_month (commune_id, month, unit_id, procedure_code, officer, in_time, overdue)
                select :commune, m::date, coalesce(d.unit_id, 0), d.procedure_code, d.officer,
                       count(*) filter (where not o.late), count(*) filter (where o.late)
                from dossier d
                cross join lateral generate_series(
                    greatest(date_trunc('month', d.received_at at time zone 'Asia/Ho_Chi_Minh'), :first),
                    least(coalesce(date_trunc('month', d.end_at at time zone 'Asia/Ho_Chi_Minh') - interval '1 month', :last), :last),
                    interval '1 month') m
                cross join lateral (select (m + interval '1 month') at time zone 'Asia/Ho_Chi_Minh' as e) t
                cross join lateral (select %s as late) o
                where d.commune_id = :commune and d.received_at < :lastEnd and (d.end_at is null or d.end_at >= :firstEnd)
                group by m, coalesce(d.unit_id, 0), d.procedure_code, d.officer""".formatted(OVERDUE_AT.formatted("t.e")))
                .param("commune", communeId).param("first", first.atDay(1).atStartOfDay())
                .param("last", last.atDay(1).atStartOfDay()).param("firstEnd", Timestamps.utc(firstEnd))
                .param("lastEnd", Timestamps.utc(lastEnd)).update();
        markSnapshots(communeId, first, last);
    }

    private void markSnapshots(long communeId, YearMonth first, YearMonth last) {
        jdbc.sql("""
                insert into dossier_open_snapshot (commune_id, month)
                select ?, m::date from generate_series(?::date, ?::date, interval '1 month') m on conflict do nothing""")
                .params(communeId, first.atDay(1), last.atDay(1)).update();
    }

    boolean hasSnapshot(long communeId, YearMonth month) {
        return jdbc.sql("select count(*) from dossier_open_snapshot where commune_id = ? and month = ?")
                .params(communeId, month.atDay(1)).query(Long.class).single() > 0;
    }

    static Instant start(YearMonth month) {
        return VietnamTime.startOf(month.atDay(1));
    }

    private void deleteMonths(long communeId, YearMonth first, YearMonth last) {
        jdbc.sql("delete from dossier_month where commune_id = ? and month between ? and ?")
                .params(communeId, first.atDay(1), last.atDay(1)).update();
    }
}
