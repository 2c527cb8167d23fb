package vn.cchc.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for each province's official holiday schedule. */
@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    YearSchedule schedule(long provinceId, int year) {
        boolean official = jdbc.sql("select official from calendar_year where province_id = ? and year = ?")
                .params(provinceId, year).query(Boolean.class).optional().orElse(false);
        List<DayOverride> days = jdbc.sql("""
                        select day, kind, name from calendar_day
                        where province_id = ? and day between ? and ? order by day""")
                .params(provinceId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new DayOverride(rs.getObject("day", LocalDate.class),
                        DayOverride.Kind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
        return new YearSchedule(year, official, days);
    }

    void setOfficial(long provinceId, int year, boolean official) {
        jdbc.sql("""
                        insert into calendar_year (province_id, year, official) values (?, ?, ?)
                        on conflict (province_id, year) do update set official = excluded.official""")
                .params(provinceId, year, official).update();
    }

    void upsertDay(long provinceId, DayOverride day) {
        jdbc.sql("""
                        insert into calendar_day (province_id, day, kind, name) values (?, ?, ?, ?)
                        on conflict (province_id, day) do update set kind = excluded.kind, name = excluded.name""")
                .params(provinceId, day.date(), day.kind().name(), day.name()).update();
    }

    int deleteDay(long provinceId, LocalDate day) {
        return jdbc.sql("delete from calendar_day where province_id = ? and day = ?").params(provinceId, day).update();
    }

    void deleteYear(long provinceId, int year) {
        jdbc.sql("delete from calendar_day where province_id = ? and day between ? and ?")
                .params(provinceId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }
}
