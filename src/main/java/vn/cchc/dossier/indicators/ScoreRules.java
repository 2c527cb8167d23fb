package vn.cchc.dossier.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.dossier.ScoreRule;

/** The 766 rules in force on a date (the latest set effective by then) and the values communes typed in. */
@Repository
public class ScoreRules {

    private final JdbcClient jdbc;

    ScoreRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScoreRule> effectiveOn(LocalDate day) {
        return jdbc.sql("""
                select * from score_rule where effective_from = (select max(effective_from) from score_rule where effective_from <= ?)
                order by ordinal""").param(day)
                .query((rs, n) -> new ScoreRule(rs.getString("code"), rs.getInt("group_no"), rs.getString("name"),
                        rs.getBigDecimal("max_points"), rs.getBigDecimal("full_at"), rs.getString("empty_points").equals("FULL"),
                        rs.getString("source").equals("MANUAL"))).list();
    }

    /** The latest entered rate (0–1) per manual indicator for the period. */
    public Map<String, BigDecimal> manualRates(long communeId, String periodCode) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (code) code, rate from score_manual_value where commune_id = ? and period_code = ?
                order by code, entered_at desc, id desc""").params(communeId, periodCode)
                .query(rs -> {
                    out.put(rs.getString("code"), rs.getBigDecimal("rate"));
                });
        return out;
    }

    public void enter(long communeId, String periodCode, String code, BigDecimal rate, String note, long userId,
               java.time.Instant at) {
        jdbc.sql("""
                insert into score_manual_value (commune_id, period_code, code, rate, note, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(communeId, periodCode, code, rate, note, userId, vn.cchc.shared.Timestamps.utc(at)).update();
    }
}
