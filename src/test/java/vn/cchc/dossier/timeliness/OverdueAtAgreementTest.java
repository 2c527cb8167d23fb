package vn.cchc.dossier.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.dossier.timeliness.TimelinessCaseTableTest.at;
import static vn.cchc.dossier.timeliness.TimelinessCaseTableTest.calendar2026;
import static vn.cchc.dossier.timeliness.TimelinessCaseTableTest.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.shared.Timestamps;
import vn.cchc.support.IntegrationTest;

/**
 * "Overdue at a moment" is written twice: {@link Judgement#overdueAt} (the reference) and its SQL copy
 * {@link Rollups#OVERDUE_AT} that the rollups and window queries run for speed. Each open case of the timing table
 * is judged in Java, stored as the import stores it, and asked of PostgreSQL at its own moment and a minute either
 * side of its due time and of its clock stop: both must say the same.
 */
@IntegrationTest
class OverdueAtAgreementTest {

    @Autowired JdbcClient jdbc;

    private final Timeliness timeliness = new Timeliness(calendar2026(), DossierRules.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = TimelinessCaseTableTest.OPEN_CASES)
    void sqlAgreesWithJudgementAtEveryMoment(String name, String received, String appointment, String pauses,
                                             String moment, boolean overdue) {
        Judgement j = timeliness.judge(dossier(received, appointment, pauses, null, null, Channel.DIRECT, null), null);

        assertThat(inSql(j, at(moment))).as("the table's own moment").isEqualTo(overdue);
        for (Instant m : moments(j, at(moment))) {
            assertThat(inSql(j, m)).as("at %s", m).isEqualTo(j.overdueAt(m));
        }
    }

    private static List<Instant> moments(Judgement j, Instant own) {
        List<Instant> out = new ArrayList<>(List.of(own));
        for (Instant around : new Instant[] {j.dueAt(), j.clockStoppedAt()}) {
            if (around != null) {
                out.addAll(List.of(around.minus(Duration.ofMinutes(1)), around, around.plus(Duration.ofMinutes(1))));
            }
        }
        return out;
    }

    private boolean inSql(Judgement j, Instant moment) {
        return jdbc.sql("select " + Rollups.OVERDUE_AT.formatted("cast(:moment as timestamptz)")
                        + " from (select cast(:forced as boolean) as forced_late, cast(:due as timestamptz) as due_at,"
                        + " cast(:stopped as timestamptz) as clock_stopped_at) d")
                .param("moment", Timestamps.utc(moment)).param("forced", j.forcedLate())
                .param("due", Timestamps.utc(j.dueAt())).param("stopped", Timestamps.utc(j.clockStoppedAt()))
                .query(Boolean.class).single();
    }
}
