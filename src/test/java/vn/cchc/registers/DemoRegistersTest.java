package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.Period;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.shared.VietnamTime;

/** The demo ward shows every register with this year's entries, and its indicators read them. */
@SpringBootTest(properties = "cchc.demo-data=true")
@ActiveProfiles("test")
class DemoRegistersTest {

    @Autowired JdbcClient jdbc;
    @Autowired IndicatorReadings indicators;
    @Autowired Clock clock;

    @Test
    void bacNhaTrangHasInitiativesDialoguesAndMonthlyArticlesThisYear() {
        long commune = jdbc.sql("select id from commune where code = '99001'").query(Long.class).single();
        Period year = Period.year(VietnamTime.today(clock).getYear());
        assertThat(indicators.read(commune, "INITIATIVES_RECOGNISED", year)).contains(BigDecimal.ONE);
        assertThat(indicators.read(commune, "DIALOGUES", year)).contains(BigDecimal.valueOf(2));
        int months = VietnamTime.today(clock).getMonthValue();
        assertThat(indicators.read(commune, "ARTICLES", year)).contains(BigDecimal.valueOf(2L * months));
        assertThat(jdbc.sql("select count(*) from registers_initiative where commune_id = ?").param(commune)
                .query(Long.class).single()).isEqualTo(3);
    }
}
