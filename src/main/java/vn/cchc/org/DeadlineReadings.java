package vn.cchc.org;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.Timestamps;

/**
 * Each province's reading of "Trước ngày X" (default {@link BeforeReading#DAY_BEFORE}): the one the task deadline
 * parser, the report calendar and the PAR deadlines use. Only the province admin changes it, for their own province.
 */
@Repository
public class DeadlineReadings {

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Clock clock;

    DeadlineReadings(JdbcClient jdbc, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
    }

    public BeforeReading ofProvince(long provinceId) {
        return jdbc.sql("select reading from province_deadline_reading where province_id = ?").param(provinceId)
                .query(String.class).optional().map(BeforeReading::valueOf).orElse(BeforeReading.DAY_BEFORE);
    }

    public BeforeReading ofCommune(long communeId) {
        return ofProvince(org.commune(communeId).provinceId());
    }

    @Transactional
    public void set(CurrentUser me, BeforeReading reading) {
        if (me.role() != Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("deadline reading");
        }
        jdbc.sql("""
                        insert into province_deadline_reading (province_id, reading, updated_at, updated_by)
                        values (?, ?, ?, ?)
                        on conflict (province_id) do update
                        set reading = excluded.reading, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .params(me.provinceId(), reading.name(), Timestamps.utc(clock.instant()), me.id())
                .update();
    }
}
