package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.RegisterEntries;

/**
 * The first quarter of 2026 (01/01–31/03), seen on 15/12/2026 so it is judged at 31/03, in a commune with three active
 * units (office O, culture C, centre T) and an inactive one X.
 * Records: O 10/01 and 20/02, C 05/03, X 15/02, T 20/12/2025 → 4 held in the window, active units inspected O and C =
 * 2/3. Findings: F1 (R 10/01, O, due 31/01, fixed 25/01: on time), F2 (R 20/02, O, due 28/02, fixed 10/03: late),
 * F3 (R 20/02, C, due 15/03, open: overdue), F4 (R 05/03, C, due 30/04, open: not yet due), F5 (R 05/03, C, due 20/03,
 * fixed 05/04: not yet fixed on 31/03, so overdue), F6 (R 2025, T, due 31/01, open: made before the window) → made 5,
 * fixed 2, on time 1, overdue 2. Initiatives: proposed 10/11/2025, applied 15/01, recognised 20/03; proposed 05/02;
 * proposed 10/02, applied 01/03; proposed 01/04 → proposed 2, applied 2, recognised 1. Dialogues 15/01 and 10/03, a
 * conference 25/02, a dialogue 05/04 → 2 and 1. Articles: O 3 (Jan–Mar), C 1 (Feb), T 31/12/2025 → 4 of 2 units.
 * Another commune's article in the window counts nowhere here.
 */
@IntegrationTest
class RegisterSummariesTest {

    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired RegisterSummaries summaries;
    @Autowired RegisterEntries entries;

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 12, 15));
    }

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void theQuarterSumsEachRegisterByItsOwnDatesAndJudgesFindingsAtItsEnd() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        long x = jdbc.sql("""
                        insert into org_unit (commune_id, name, short_name, kind, active)
                        values (?, 'Phòng đã giải thể', 'GT', 'ECONOMIC', false) returning id""")
                .param(c.id()).query(Long.class).single();
        long r1 = entries.inspection(c, c.officeUnit(), "2026-01-10");
        long r2 = entries.inspection(c, c.officeUnit(), "2026-02-20");
        long r3 = entries.inspection(c, c.cultureUnit(), "2026-03-05");
        entries.inspection(c, x, "2026-02-15");
        long r0 = entries.inspection(c, c.centreUnit(), "2025-12-20");
        entries.finding(c, r1, c.officeUnit(), "2026-01-31", "2026-01-25");
        entries.finding(c, r2, c.officeUnit(), "2026-02-28", "2026-03-10");
        entries.finding(c, r2, c.cultureUnit(), "2026-03-15", null);
        entries.finding(c, r3, c.cultureUnit(), "2026-04-30", null);
        entries.finding(c, r3, c.cultureUnit(), "2026-03-20", "2026-04-05");
        entries.finding(c, r0, c.centreUnit(), "2026-01-31", null);
        entries.initiative(c, c.officeUnit(), "2025-11-10", "2026-01-15", "2026-03-20");
        entries.initiative(c, c.cultureUnit(), "2026-02-05", null, null);
        entries.initiative(c, c.centreUnit(), "2026-02-10", "2026-03-01", null);
        entries.initiative(c, c.officeUnit(), "2026-04-01", null, null);
        entries.dialogue(c, "2026-01-15", "DIALOGUE");
        entries.dialogue(c, "2026-03-10", "DIALOGUE");
        entries.dialogue(c, "2026-02-25", "CONFERENCE");
        entries.dialogue(c, "2026-04-05", "DIALOGUE");
        for (String day : new String[] {"2026-01-05", "2026-02-05", "2026-03-31"}) {
            entries.article(c, c.officeUnit(), day);
        }
        entries.article(c, c.cultureUnit(), "2026-02-14");
        entries.article(c, c.centreUnit(), "2025-12-31");
        Fixture.Commune other = fixture.communeInOwnProvince();
        entries.article(other, other.officeUnit(), "2026-02-01");

        RegisterSummary s = summaries.of(c.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

        assertThat(s).isEqualTo(new RegisterSummary(4, 2, 3, 5, 2, 1, 2, 2, 2, 1, 2, 1, 4, 2));
        assertThat(s.coverage().percent()).isEqualByComparingTo("66.67");
        assertThat(summaries.of(other.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(new RegisterSummary(0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
    }
}
