package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.calendar.Period;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.Ratio;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** Biểu II.06a and the headline figures for a report window, against the hand-made ledger of {@link WindowLedger}. */
@IntegrationTest
class TthcStatisticsTest {

    @Autowired WindowLedger ledger;
    @Autowired TthcStatistics statistics;
    @Autowired ServiceIndicators indicators;
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

    private static Object[] cells(Form06a.Row r) {
        return new Object[] {r.field(), r.received(), r.online(), r.inPerson(), r.carriedOver(), r.resolved(),
            r.early(), r.onTime(), r.late(), r.inProgress(), r.inTime(), r.overdue(), r.withdrawn()};
    }

    @Test
    void everyCellOfTheQuarterOneWindowMatchesTheHandCount() {
        Form06a form = statistics.form06a(c.id(), WindowLedger.FROM, WindowLedger.TO);

        //                            field         3  4  5  6  7  8  9  10 11 12 13 withdrawn
        assertThat(form.rows()).extracting(TthcStatisticsTest::cells).containsExactly(
                new Object[] {"Chứng thực", 3L, 1L, 1L, 1L, 3L, 1L, 1L, 1L, 0L, 0L, 0L, 0L},
                new Object[] {"Hộ tịch", 8L, 1L, 5L, 2L, 3L, 1L, 1L, 1L, 4L, 2L, 2L, 1L},
                new Object[] {"Xây dựng", 1L, 0L, 1L, 0L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L},
                new Object[] {"", 1L, 1L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L});
        assertThat(cells(form.total())).containsExactly("", 13L, 3L, 7L, 3L, 8L, 2L, 3L, 3L, 4L, 2L, 2L, 1L);
        assertThat(form.brokenIdentities()).isEmpty();
        assertThat(List.of(form.from(), form.to())).containsExactly(WindowLedger.FROM, WindowLedger.TO);
    }

    @Test
    void aWindowStillRunningJudgesItsOpenDossiersNow() {
        Form06a march = statistics.form06a(c.id(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        // Now is 20/03 09:00: A10 ended late at 08:00, A08 early; A06 (due 05/03) and A09 (due 18/03) are overdue,
        // A03 (due 20/03 17:00, carried over) is still in time.
        assertThat(march.rows()).extracting(TthcStatisticsTest::cells).containsExactly(
                new Object[] {"Chứng thực", 1L, 1L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L},
                new Object[] {"Hộ tịch", 5L, 0L, 4L, 1L, 2L, 1L, 0L, 1L, 3L, 1L, 2L, 0L});
        assertThat(march.brokenIdentities()).isEmpty();
    }

    @Test
    void theHeadlineFiguresOfTheWindowCountWhatWasReceivedEndedAndOpen() {
        ServiceFigures f = statistics.figures(c.id(), WindowLedger.FROM, WindowLedger.TO);

        // Received in the window: A04–A08, A10, B02, B03, C01, D01; online A04, B02, D01; digitised A04, A05, B02, D01.
        assertThat(List.of(f.received(), f.receivedOnline(), f.receivedDirect(), f.receivedPostal(), f.digitised()))
                .containsExactly(10L, 3L, 6L, 1L, 4L);
        // Ended in it: A02, A04, A05, A07 (withdrawn early: the 766 rule counts it), B01, B02, B03, C01, D01.
        assertThat(List.of(f.finished(), f.early(), f.onTime(), f.late(), f.lateApology()))
                .containsExactly(9L, 3L, 3L, 3L, 1L);
        assertThat(List.of(f.openInTime(), f.openOverdue())).containsExactly(2L, 2L);
        assertThat(f.onTimeShare()).isEqualTo(new Ratio(8, 13));
        assertThat(f.online().percent()).isEqualByComparingTo("30.00");
        assertThat(f.digitisation().percent()).isEqualByComparingTo("40.00");
        assertThat(f.apologies()).isEqualTo(new Ratio(1, 3));
        assertThat(f.open())
                .isEqualTo(statistics.form06a(c.id(), WindowLedger.FROM, WindowLedger.TO).total().inProgress());
    }

    @Test
    void aWindowOfWholeMonthsGivesWhatTheMonthlyRollupsGiveForThatPeriod() {
        assertThat(statistics.figures(c.id(), LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)))
                .isEqualTo(indicators.totals(c.id(), Period.month(2025, 12), null));
        assertThat(statistics.figures(c.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(indicators.totals(c.id(), Period.quarter(2026, 1), null));
    }

    @Test
    void the766CardIsTheCalendarPeriodTheWindowStandsFor() {
        TthcStatistics.PeriodScore score = statistics.score766(c.id(), WindowLedger.FROM, WindowLedger.TO);

        assertThat(score.period()).isEqualTo(Period.quarter(2026, 1));
        assertThat(score.card().total())
                .isEqualByComparingTo(indicators.score(c.id(), Period.quarter(2026, 1)).total());
        assertThat(List.of(TthcStatistics.periodFor(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)),
                TthcStatistics.periodFor(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 14)),
                TthcStatistics.periodFor(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 9, 14)),
                TthcStatistics.periodFor(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)),
                TthcStatistics.periodFor(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14))))
                .containsExactly(Period.half(2026, 1), Period.quarter(2026, 3), Period.nineMonths(2026),
                        Period.year(2026), Period.month(2026, 2));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> statistics.form06a(c.id(), WindowLedger.TO, WindowLedger.FROM))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                        .containsExactly(tuple("to", "dossier.window.order")));
        assertThatThrownBy(() -> statistics.figures(c.id(), LocalDate.of(1899, 12, 31), WindowLedger.TO))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aWithdrawnDossierWithoutAnEndDateIsRefusedWithItsLine() {
        List<String> rows = new java.util.ArrayList<>(WindowLedger.ROWS);
        rows.set(6, WindowLedger.row("A07", "1.001", "Hộ tịch", "Trực tiếp", "10/02/2026 08:00", "13/02/2026", "", "",
                "", "Dừng xử lý"));

        ImportJob job = ledger.reimport(c, rows);

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.errors())
                .extracting(ImportJob.RowError::line, ImportJob.RowError::messageKey, ImportJob.RowError::args)
                .containsExactly(tuple(8L, "dossier.import.row.noEnd", List.of("Dừng xử lý")));
    }

    @Test
    void anotherCommuneSeesNoneOfIt() {
        Form06a form = statistics.form06a(c.id() + 1_000_000, WindowLedger.FROM, WindowLedger.TO);

        assertThat(form.rows()).isEmpty();
        assertThat(form.total().received()).isZero();
    }
}
