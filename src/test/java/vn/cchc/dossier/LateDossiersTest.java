package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.cchc.calendar.Period;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Ratio;
import vn.cchc.shared.VietnamTime;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The late dossiers of a window, one dossier's letter facts and the recorded apology, on {@link WindowLedger}. */
@IntegrationTest
class LateDossiersTest {

    @Autowired WindowLedger ledger;
    @Autowired LateDossiers late;
    @Autowired ServiceIndicators indicators;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void quarterOneLedger() {
        c = ledger.commune();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant at(String dayAndTime) {
        return java.time.LocalDateTime.parse(dayAndTime,
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")).atZone(VietnamTime.ZONE).toInstant();
    }

    private LocalDate apologyOf(String code) {
        String day = jdbc.sql("select coalesce(to_char(apology_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD'), '')"
                + " from dossier where commune_id = ? and code = ?").params(c.id(), code).query(String.class).single();
        return day.isEmpty() ? null : LocalDate.parse(day);
    }

    @Test
    void theWindowListsWhatEndedLateAndWhatWasOverdueAtItsEnd() {
        List<LateDossiers.Late> rows = late.rows(c.id(), WindowLedger.FROM, WindowLedger.TO);

        // A10 ended on 20/03, after the window: at its end it was still open and overdue.
        assertThat(rows).extracting(LateDossiers.Late::code, LateDossiers.Late::field, LateDossiers.Late::applicant,
                LateDossiers.Late::resolvedAt, LateDossiers.Late::workingDaysLate, LateDossiers.Late::apologyOn)
                .containsExactly(
                        tuple("A02", "Hộ tịch", "Lê Văn Hai", at("16/12/2025 10:00"), 2, null),
                        tuple("C01", "Xây dựng", "", at("26/01/2026 09:00"), 0, null),
                        tuple("B03", "Chứng thực", "Trần Thị Ba", at("23/01/2026 10:00"), 2, LocalDate.of(2026, 1, 21)),
                        tuple("A06", "Hộ tịch", "Phạm Thị Sáu", null, 6, null),
                        tuple("A10", "Hộ tịch", "", null, 7, null));
        assertThat(rows.get(1).dueAt()).isEqualTo(at("26/01/2026 08:00"));
        assertThat(rows.get(0).procedureName()).isEqualTo("Thủ tục 1.001");
    }

    @Test
    void theLetterOfAnOpenDossierCountsItsLatenessToNow() {
        LateDossiers.Late a06 = late.apologyFacts(c.id(), " A06 ");

        // Due Thursday 05/03 17:00; now Friday 20/03: 6, 9–13 and 16–20 March are 11 working days.
        assertThat(a06.stillOpen()).isTrue();
        assertThat(a06.workingDaysLate()).isEqualTo(11);
        assertThat(List.of(a06.applicant(), a06.procedureCode(), a06.receivedAt(), a06.dueAt()))
                .containsExactly("Phạm Thị Sáu", "1.001", at("02/03/2026 08:00"), at("05/03/2026 17:00"));
        assertThatThrownBy(() -> late.apologyFacts(c.id(), "A05"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("dossier.apology.notLate"));
        assertThatThrownBy(() -> late.apologyFacts(c.id(), "A07")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> late.apologyFacts(fixture.commune().id(), "A06"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anApologyIsRecordedOnceAndCountsInTheMonthItEndedIn() {
        assertThat(indicators.totals(c.id(), Period.month(2025, 12), null).apologies()).isEqualTo(new Ratio(0, 1));

        LocalDate recorded = late.recordApology(c.unitHead(), "A02", LocalDate.of(2025, 12, 12));

        assertThat(recorded).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(apologyOf("A02")).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(indicators.totals(c.id(), Period.month(2025, 12), null).apologies()).isEqualTo(new Ratio(1, 1));
        assertThat(late.recordApology(c.standingAgency(), "A02", LocalDate.of(2025, 12, 12)))
                .isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(indicators.totals(c.id(), Period.month(2025, 12), null).apologies()).isEqualTo(new Ratio(1, 1));
        assertThatThrownBy(() -> late.recordApology(c.admin(), "A02", LocalDate.of(2025, 12, 15)))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.apology.already");
                    assertThat(e.args()).containsExactly("A02", "12/12/2025");
                });
        assertThat(apologyOf("A02")).isEqualTo(LocalDate.of(2025, 12, 12));
    }

    @Test
    void anOpenOverdueDossierTakesItsApologyWithoutTouchingTheRollups() {
        late.recordApology(c.unitHead(), "A06", LocalDate.of(2026, 3, 4));

        assertThat(apologyOf("A06")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(indicators.totals(c.id(), Period.month(2026, 3), null).lateApology()).isZero();
    }

    @Test
    void whatIsNotTheLedgerManagersOrNotLateOrNotPlausibleIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> late.recordApology(c.viewer(), "A02", LocalDate.of(2025, 12, 17)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> late.recordApology(c.unitStaff(), "A02", LocalDate.of(2025, 12, 17)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> late.recordApology(fixture.commune().unitHead(), "A02", LocalDate.of(2025, 12, 17)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> late.recordApology(c.unitHead(), "A0\u00002", LocalDate.of(2025, 12, 17)))
                .isInstanceOf(NotFoundException.class);
        assertThat(List.of(refusal("A05", LocalDate.of(2026, 1, 8)), refusal("A02", LocalDate.of(2026, 3, 21)),
                refusal("A02", LocalDate.of(2025, 12, 9)), refusal("A02", null))).containsExactly(
                "code:dossier.apology.notLate", "date:dossier.apology.future", "date:dossier.apology.beforeReceived",
                "date:dossier.apology.date");
        assertThat(List.of(String.valueOf(apologyOf("A02")), String.valueOf(apologyOf("A05")))).containsOnly("null");
    }

    private String refusal(String code, LocalDate date) {
        try {
            late.recordApology(c.unitHead(), code, date);
            return "recorded";
        } catch (InvalidInput e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).messageKey();
        }
    }

    @Test
    void aReimportWithAnEmptyApologyCellKeepsTheRecordedDate() {
        late.recordApology(c.unitHead(), "A02", LocalDate.of(2025, 12, 12));

        ImportJob again = ledger.reimport(c, WindowLedger.ROWS);

        assertThat(List.of(again.inserted(), again.updated())).containsExactly(0, 0);
        assertThat(apologyOf("A02")).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(indicators.totals(c.id(), Period.month(2025, 12), null).apologies()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void aDateInTheExportStillCorrectsTheRecordedOne() {
        late.recordApology(c.unitHead(), "A02", LocalDate.of(2025, 12, 12));
        List<String> rows = new ArrayList<>(WindowLedger.ROWS);
        rows.set(1, WindowLedger.row("A02", "1.001", "Hộ tịch", "Trực tiếp", "10/12/2025 08:00", "12/12/2025",
                "16/12/2025 10:00", "11/12/2025", "Lê Văn Hai", ""));

        ImportJob again = ledger.reimport(c, rows);

        assertThat(again.updated()).isEqualTo(1);
        assertThat(apologyOf("A02")).isEqualTo(LocalDate.of(2025, 12, 11));
    }
}
