package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads both seed plans as structured data, each deadline understood. */
@SpringBootTest(properties = "cchc.demo-data=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired JdbcClient jdbc;

    @Test
    void bacNhaTrangPlanHasEveryAppendixTaskOfSeed001() {
        long commune = communeId("Phường Bắc Nha Trang");
        assertThat(count("select count(*) from plan_task t join plan p on p.id = t.plan_id where p.commune_id = ? and p.period_code = '2025'", commune))
                .isEqualTo(51);
        // Tasks per area I–VIII as in the appendix.
        List<Integer> perArea = jdbc.sql("""
                        select count(*) from plan_task t join plan p on p.id = t.plan_id join reform_area a on a.code = t.area_code
                        where p.commune_id = ? and p.period_code = '2025' group by a.ordinal order by a.ordinal""")
                .param(commune).query(Integer.class).list();
        assertThat(perArea).containsExactly(11, 4, 15, 4, 4, 4, 7, 2);
        assertThat(jdbc.sql("""
                        select deadline_rule->>'kind' from plan_task t join plan p on p.id = t.plan_id
                        where p.commune_id = ? and p.period_code = '2025' and t.code = 'I.9'""").param(commune).query(String.class).single())
                .isEqualTo("RECURRING");
        assertThat(jdbc.sql("select reporting_cadence from plan where commune_id = ? and period_code = '2025'").param(commune)
                .query(String.class).single()).isEqualTo("MONTH");
    }

    @Test
    void bacNhaTrangAlsoRunsThisYearsPlanWithAYearOfReports() {
        long commune = communeId("Phường Bắc Nha Trang");
        String thisYear = String.valueOf(java.time.LocalDate.now(vn.cchc.shared.VietnamTime.ZONE).getYear());
        assertThat(count("select count(*) from plan_task t join plan p on p.id = t.plan_id where p.commune_id = ? and p.period_code = '" + thisYear + "'", commune))
                .isEqualTo(51);
        // The past year is fully reported and reviewed; this year has an open period with reports awaiting review.
        assertThat(jdbc.sql("""
                        select distinct r.state from unit_report r join plan p on p.id = r.plan_id
                        where p.commune_id = ? and p.period_code = '2025'""").param(commune).query(String.class).list())
                .containsExactly("ACCEPTED");
        assertThat(jdbc.sql("""
                        select count(*) from unit_report r join plan p on p.id = r.plan_id
                        where p.commune_id = ? and p.period_code = ? and r.state = 'SUBMITTED'""").params(commune, thisYear)
                .query(Integer.class).single()).isPositive();
        assertThat(count("select count(*) from report_version where commune_id = ? and decision = 'RETURNED'", commune))
                .isPositive();
        assertThat(count("select count(*) from unit_report_item_evidence where commune_id = ?", commune)).isPositive();
    }

    @Test
    void anNhonDongPlanHasItsTargetsAndTasksOfSeed002() {
        long commune = communeId("Phường An Nhơn Đông");
        assertThat(count("select count(*) from plan_target t join plan p on p.id = t.plan_id where p.commune_id = ?", commune))
                .isEqualTo(30);
        assertThat(count("select count(*) from plan_task t join plan p on p.id = t.plan_id where p.commune_id = ?", commune))
                .isEqualTo(27);
        assertThat(jdbc.sql("""
                        select threshold from plan_target t join plan p on p.id = t.plan_id
                        where p.commune_id = ? and t.code = '3.3'""").param(commune).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("99.9");
    }

    @Test
    void eachCommuneHasOneUserPerRoleAndAStandingAgency() {
        for (String name : List.of("Phường Bắc Nha Trang", "Phường An Nhơn Đông")) {
            long commune = communeId(name);
            assertThat(jdbc.sql("select distinct role from app_user where commune_id = ?").param(commune)
                    .query(String.class).list())
                    .contains("COMMUNE_ADMIN", "LEADER", "STANDING_AGENCY", "UNIT_HEAD", "UNIT_STAFF", "VIEWER");
            assertThat(jdbc.sql("select name from org_unit where commune_id = ? and standing_agency").param(commune)
                    .query(String.class).single()).isEqualTo("Phòng Văn hóa – Xã hội");
        }
    }

    @Test
    void bacNhaTrangHasADraftSentToTheChairmanForIssuing() {
        long commune = communeId("Phường Bắc Nha Trang");
        assertThat(count("""
                select count(*) from plan_issue_request r join plan p on p.id = r.plan_id
                where r.commune_id = ? and p.status = 'DRAFT'""", commune)).isEqualTo(1);
    }

    private long communeId(String name) {
        return jdbc.sql("select id from commune where name = ?").param(name).query(Long.class).single();
    }

    private int count(String sql, long param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }
}
