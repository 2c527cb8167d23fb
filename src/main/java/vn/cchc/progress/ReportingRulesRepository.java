package vn.cchc.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A plan's own reporting rules (progress_setting) and its report windows, ad-hoc requests included (report_window). */
@Repository
class ReportingRulesRepository {

    private final JdbcClient jdbc;

    ReportingRulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProgressSettings.PlanRules> rules(long communeId, long planId) {
        return jdbc.sql("select monthly_due_day, lock_after_days from progress_setting where plan_id = ? and commune_id = ?")
                .params(planId, communeId)
                .query((rs, n) -> new ProgressSettings.PlanRules(rs.getInt(1), rs.getInt(2), true)).optional();
    }

    void saveRules(long communeId, long planId, int monthlyDueDay, int lockAfterDays) {
        jdbc.sql("""
                        insert into progress_setting (plan_id, commune_id, monthly_due_day, lock_after_days) values (?, ?, ?, ?)
                        on conflict (plan_id, commune_id) do update set monthly_due_day = excluded.monthly_due_day,
                                                            lock_after_days = excluded.lock_after_days""")
                .params(planId, communeId, monthlyDueDay, lockAfterDays).update();
    }

    List<UnitReportPeriods.Window> windows(long communeId, long planId) {
        return jdbc.sql("""
                        select period_code, ad_hoc, title, starts_on, due_on, locks_on from report_window
                        where plan_id = ? and commune_id = ? order by id""")
                .params(planId, communeId)
                .query((rs, n) -> new UnitReportPeriods.Window(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    void setWindow(long communeId, long planId, String periodCode, LocalDate due, LocalDate locks, long userId) {
        jdbc.sql("""
                        insert into report_window (plan_id, commune_id, period_code, due_on, locks_on, requested_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (plan_id, period_code, commune_id) do update set due_on = excluded.due_on, locks_on = excluded.locks_on""")
                .params(planId, communeId, periodCode, due, locks, userId).update();
    }

    /** An ad-hoc report request; its period code is "DX" and a number, unique within the plan. */
    String insertAdHoc(long communeId, long planId, String title, LocalDate startsOn, LocalDate due, LocalDate locks,
                       long userId) {
        int n = jdbc.sql("select count(*) from report_window where plan_id = ? and ad_hoc").param(planId)
                .query(Integer.class).single() + 1;
        String code = "DX" + n;
        jdbc.sql("""
                        insert into report_window (plan_id, commune_id, period_code, ad_hoc, title, starts_on, due_on,
                                                   locks_on, requested_by)
                        values (?, ?, ?, true, ?, ?, ?, ?, ?)""")
                .params(planId, communeId, code, title, startsOn, due, locks, userId).update();
        return code;
    }
}
