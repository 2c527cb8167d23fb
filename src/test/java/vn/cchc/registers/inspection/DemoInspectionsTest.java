package vn.cchc.registers.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.shared.VietnamTime;

/** The demo ward's inspections: this year's plan of four units, two inspections, three findings of which one fixed. */
@SpringBootTest(properties = "cchc.demo-data=true")
@ActiveProfiles("test")
class DemoInspectionsTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theDemoWardShowsItsPlanRecordsAndOneFixedFindingOfThree() {
        long commune = jdbc.sql("select id from commune where name = 'Phường Bắc Nha Trang'").query(Long.class).single();
        int year = LocalDate.now(VietnamTime.ZONE).getYear();
        assertThat(count("select count(*) from inspection_plan_entry where commune_id = ? and year = " + year, commune))
                .isEqualTo(4);
        assertThat(count("select count(*) from inspection_record where commune_id = ?", commune)).isEqualTo(2);
        List<String> statuses = jdbc.sql("select status from inspection_finding where commune_id = ? order by id")
                .param(commune).query(String.class).list();
        assertThat(statuses).containsExactly("FIXED", "OPEN", "OPEN");
    }

    private long count(String sql, long commune) {
        return jdbc.sql(sql).param(commune).query(Long.class).single();
    }
}
