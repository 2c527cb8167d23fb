package vn.cchc.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** SQL for the provinces' own report type settings. */
@Repository
class ReportTypeRepository {

    private final JdbcClient jdbc;

    ReportTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportWindowRule> ofProvince(long provinceId) {
        return jdbc.sql("""
                        select report_type, name, start_day, start_month, start_earlier, end_day, end_month, due_day
                        from periodic_report_type where province_id = ?""")
                .param(provinceId).query((rs, n) -> rule(rs)).list();
    }

    void save(long provinceId, ReportWindowRule rule, long userId, Instant at) {
        jdbc.sql("""
                        insert into periodic_report_type (province_id, report_type, name, start_day, start_month,
                            start_earlier, end_day, end_month, due_day, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (province_id, report_type) do update set name = excluded.name,
                            start_day = excluded.start_day, start_month = excluded.start_month,
                            start_earlier = excluded.start_earlier, end_day = excluded.end_day,
                            end_month = excluded.end_month, due_day = excluded.due_day,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(provinceId, rule.type().name(), rule.name(), rule.startDay(), rule.startMonth(),
                        rule.startEarlier(), rule.endDay(), rule.endMonth(), rule.dueDay(),
                        Timestamps.utc(at), userId)
                .update();
    }

    void delete(long provinceId, ReportType type) {
        jdbc.sql("delete from periodic_report_type where province_id = ? and report_type = ?")
                .params(provinceId, type.name()).update();
    }

    private static ReportWindowRule rule(ResultSet rs) throws SQLException {
        return new ReportWindowRule(ReportType.valueOf(rs.getString("report_type")), rs.getString("name"),
                rs.getInt("start_day"), rs.getObject("start_month", Integer.class), rs.getBoolean("start_earlier"),
                rs.getInt("end_day"), rs.getObject("end_month", Integer.class), rs.getInt("due_day"),
                ReportWindowRule.Basis.PROVINCE);
    }
}
