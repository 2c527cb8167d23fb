package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What awaits the appraiser, by hand: sent on 10/06/2026 at 09:00 Vietnam time (02:00 UTC), explanations asked until
 * 12/06, sent back on 11/06 at 23:30 Vietnam time (16:30 UTC, still the 11th in Vietnam), today 17/06.
 */
class AppraisalQueueTest {

    private static final Instant SENT = Instant.parse("2026-06-10T02:00:00Z");
    private static final Instant EXPLAINED = Instant.parse("2026-06-11T16:30:00Z");

    @ParameterizedTest(name = "{0}, explain due {1}, explained {2}, today {3}: {4} since {5}")
    @CsvSource(nullValues = "-", value = {
            // status,    explain due, explained, today,      reason,           since
            "SUBMITTED,   -,           false,     2026-06-17, TO_APPRAISE,      2026-06-10",
            "SUBMITTED,   2026-06-12,  true,      2026-06-17, EXPLAINED,        2026-06-11",
            "SUBMITTED,   2026-06-12,  false,     2026-06-17, EXPLAINED,        2026-06-10",
            "EXPLAINING,  2026-06-12,  false,     2026-06-12, -,                -",
            "EXPLAINING,  2026-06-12,  false,     2026-06-13, EXPLANATION_LATE, 2026-06-12",
            "IN_PROGRESS, -,           false,     2026-06-17, -,                -",
            "FINAL,       2026-06-12,  true,      2026-06-17, -,                -"})
    void whatAwaitsTheAppraiserAndSinceWhen(Assessment.Status status, LocalDate explainDue, boolean explained,
                                            LocalDate today, AppraisalQueue.Reason reason, LocalDate since) {
        Assessment a = new Assessment(1, 2, 3, "2026S1", LocalDate.of(2026, 6, 21), status, explainDue,
                status == Assessment.Status.IN_PROGRESS ? null : SENT, null, 0);
        Optional<AppraisalQueue.Waiting> waiting = AppraisalQueue.of(a, explained ? EXPLAINED : null, today);
        assertThat(waiting).isEqualTo(reason == null ? Optional.empty()
                : Optional.of(new AppraisalQueue.Waiting(reason, since)));
    }
}
