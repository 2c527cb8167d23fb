package vn.cchc.pakn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.calendar.DayOverride;
import vn.cchc.calendar.OfficeHours;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.YearSchedule;
import vn.cchc.shared.VietnamTime;

/**
 * PAKN deadlines and the period's handling counts (docs/reference/domain.md §6: handled within 15 working days of
 * receipt, the answer published within 2 working days; an open item is in time while its due date has not passed at
 * the period's end or today). On an official 2026 schedule written by hand: weekends off, Tết Monday 16 to Friday
 * 20/02/2026 off, 30/04 and 01/05/2026 off, no other holiday.
 */
class PaknTimelinessTest {

    private static final PaknTimeliness RULE = new PaknTimeliness(calendar2026(), 15, 2);

    private static WorkingCalendar calendar2026() {
        List<DayOverride> off = new ArrayList<>();
        for (String d : List.of("16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026", "30/04/2026", "01/05/2026")) {
            off.add(new DayOverride(date(d), DayOverride.Kind.DAY_OFF, "Nghỉ"));
        }
        return new WorkingCalendar(year -> new YearSchedule(year, true, year == 2026 ? off : List.of()), OfficeHours.standard());
    }

    @ParameterizedTest(name = "received {0}: due {1}")
    @CsvSource(textBlock = """
            # Tue 20/01: 21–23/01 (3), 26–30/01 (8), 02–06/02 (13), Mon 09/02 (14), Tue 10/02 (15)
            20/01/2026, 10/02/2026
            # Fri 06/02: 09–13/02 (5), Tết week off, 23–27/02 (10), 02–06/03 (15)
            06/02/2026, 06/03/2026
            # Sat 10/01 (no make-up day in this schedule): 12–16/01 (5), 19–23/01 (10), 26–30/01 (15)
            10/01/2026, 30/01/2026
            # Mon 20/04: 21–24/04 (4), 27–29/04 (7), 30/04 and 01/05 off, 04–08/05 (12), 11–13/05 (15)
            20/04/2026, 13/05/2026
            """)
    void anItemWithoutItsOwnDueDateIsDueFifteenWorkingDaysAfterReceipt(String received, String due) {
        assertThat(RULE.defaultDue(date(received))).isEqualTo(date(due));
    }

    @ParameterizedTest(name = "answered {0}: publish by {1}")
    @CsvSource(textBlock = """
            # Thu 15/01: Fri 16/01 (1), Mon 19/01 (2)
            15/01/2026, 19/01/2026
            # Fri 13/02: Tết week off, Mon 23/02 (1), Tue 24/02 (2)
            13/02/2026, 24/02/2026
            # Tue 10/03: Wed 11/03 (1), Thu 12/03 (2)
            10/03/2026, 12/03/2026
            """)
    void anAnswerIsPublishedWithinTwoWorkingDays(String answered, String due) {
        assertThat(RULE.publicationDue(date(answered))).isEqualTo(date(due));
    }

    /** A case: the items, the period, today, and the figures counted by hand. */
    record Case(String name, List<Pakn> items, Period period, LocalDate today, PaknFigures expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        // Q1 2026 judged after it ended (today 15/05, so open items are judged on 31/03).
        Pakn a = item("A", "05/01/2026", "26/01/2026", "15/01/2026", "19/01/2026", false, false, "HS03");
        Pakn b = item("B", "10/02/2026", "03/03/2026", "10/03/2026", "16/03/2026", true, false, null);
        Pakn c = item("C", "20/03/2026", "10/04/2026", null, null, false, false, null);
        Pakn d = item("D", "01/12/2025", "22/12/2025", null, null, false, false, null);
        Pakn e = item("E", "15/12/2025", "05/01/2026", "02/01/2026", null, false, false, null);
        Pakn f = item("F", "10/12/2025", "31/12/2025", "20/12/2025", null, false, false, null);
        Pakn g = item("G", "02/04/2026", "23/04/2026", null, null, false, false, null);
        Pakn h = item("H", "25/03/2026", "15/04/2026", "05/04/2026", null, false, true, null);
        // received in Q1: A B C H (4); answered in Q1: A (on time) B (late, 10/03 > 03/03) E (on time) = 3, 2 on time;
        // published: A (19/01 = its limit) and B (16/03 > 12/03) = 2, 1 on time; open on 31/03: C and H (answered
        // later) in time, D overdue since 22/12/2025; disliked B, recomplained H, linked to a dossier A;
        // F was answered before the quarter and G received after it.
        Case quarterEnded = new Case("quarter judged at its end", List.of(a, b, c, d, e, f, g, h), quarter1(),
                date("15/05/2026"), new PaknFigures(4, 3, 2, 2, 1, 2, 1, 1, 1, 1));
        // The year 2026 on 20/02/2026: open items judged today. X open, due 23/02 (in time); Y open, due 26/01
        // (overdue); Z answered 19/02, due 03/03 (on time), not published.
        Pakn x = item("X", "02/02/2026", "23/02/2026", null, null, false, false, null);
        Pakn y = item("Y", "05/01/2026", "26/01/2026", null, null, false, false, null);
        Pakn z = item("Z", "10/02/2026", "03/03/2026", "19/02/2026", null, false, false, "HS9");
        Case yearRunning = new Case("running year judged today", List.of(x, y, z), Period.year(2026),
                date("20/02/2026"), new PaknFigures(3, 1, 1, 1, 1, 0, 0, 0, 0, 1));
        // Q2 2026 seen on 15/03/2026 has not started: D, still open, is not counted open in it.
        Case notStarted = new Case("period not started", List.of(d), Period.parse("2026Q2"), date("15/03/2026"),
                new PaknFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        return Stream.of(quarterEnded, yearRunning, notStarted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theFiguresCountReceivedAnsweredPublishedAndOpenItems(Case c) {
        assertThat(RULE.figures(c.items(), c.period(), c.today())).isEqualTo(c.expected());
    }

    private static Period quarter1() {
        return Period.parse("2026Q1");
    }

    private static Pakn item(String code, String received, String due, String answered, String published,
                             boolean disliked, boolean recomplained, String dossier) {
        return new Pakn(0, code, date(received), PaknChannel.NATIONAL, "nội dung", dossier, date(due), date(answered),
                date(published), disliked, recomplained, null, null);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text, VietnamTime.DATE);
    }
}
