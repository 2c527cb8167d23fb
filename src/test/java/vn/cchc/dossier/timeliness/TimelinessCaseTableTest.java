package vn.cchc.dossier.timeliness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.DayOverride;
import vn.cchc.calendar.OfficeHours;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.YearSchedule;
import vn.cchc.dossier.DossierRules;
import vn.cchc.shared.VietnamTime;

/**
 * The one-stop timing rules, case by case, on an official 2026 schedule worked out by hand: New Year 01–02/01 with
 * Saturday 10/01 worked in exchange, Tết 16–20/02 (weekdays), Giỗ Tổ on Sunday 26/04 compensated on Monday 27/04,
 * 30/04–01/05, 01–02/09. Office hours 07:30–11:30 and 13:00–17:00. 2025 uses the computed defaults.
 */
class TimelinessCaseTableTest {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static WorkingCalendar calendar2026() {
        List<DayOverride> days = new ArrayList<>();
        off(days, "01/01/2026", "02/01/2026", "16/02/2026", "17/02/2026", "18/02/2026", "19/02/2026", "20/02/2026",
                "27/04/2026", "30/04/2026", "01/05/2026", "01/09/2026", "02/09/2026");
        days.add(new DayOverride(LocalDate.of(2026, 1, 10), DayOverride.Kind.WORKING_DAY, "Làm bù"));
        return new WorkingCalendar(year -> year == 2026 ? new YearSchedule(2026, true, days) : YearSchedule.none(year),
                OfficeHours.standard());
    }

    private static void off(List<DayOverride> days, String... dates) {
        for (String d : dates) {
            days.add(new DayOverride(LocalDate.parse(d, VietnamTime.DATE), DayOverride.Kind.DAY_OFF, "Nghỉ"));
        }
    }

    static Instant at(String text) {
        return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim(), AT).atZone(VietnamTime.ZONE).toInstant();
    }

    /** "S 13/01/2026 10:00 - 14/01/2026 10:00; P ..." — an end left out means the pause is still open. */
    static List<Pause> pauses(String text) {
        List<Pause> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String p = part.trim();
            Pause.Kind kind = p.charAt(0) == 'S' ? Pause.Kind.SUPPLEMENT : Pause.Kind.OTHER;
            String[] range = p.substring(1).split(" - ");
            out.add(new Pause(kind, at(range[0]), range.length > 1 ? at(range[1]) : null));
        }
        return out;
    }

    static DossierFacts dossier(String received, String appointment, String pauses, String finished, String returned,
                                Channel channel, String submitted) {
        return new DossierFacts("HS-1", "1.001", "Thủ tục", "Hộ tịch", "TTPVHCC", "Cán bộ A", channel, null,
                at(submitted), at(received), at(appointment), at(finished), at(returned), pauses(pauses), BigDecimal.ZERO,
                false, false, false, false, null, null, "", false);
    }

    private final Timeliness minutes = new Timeliness(calendar2026(), DossierRules.defaults());
    private final Timeliness days = new Timeliness(calendar2026(), DossierRules.defaults().withCompareByDay(true));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                              | received          | appointment       | days | pauses                                                               | finished          | returned          | due               | outcome
            A01 statutory 3 days keep the time of day           | 05/01/2026 09:00  |                   | 3    |                                                                      | 08/01/2026 09:00  |                   | 08/01/2026 09:00  | ON_TIME
            A02 statutory days skip New Year and its bridge day | 31/12/2025 10:00  |                   | 2    |                                                                      | 05/01/2026 16:00  |                   | 06/01/2026 10:00  | EARLY
            A03 make-up Saturday is a working day               | 09/01/2026 14:00  |                   | 1    |                                                                      | 10/01/2026 13:59  |                   | 10/01/2026 14:00  | ON_TIME
            A04 two days run into the make-up Saturday          | 08/01/2026 16:00  |                   | 2    |                                                                      | 12/01/2026 08:00  |                   | 10/01/2026 16:00  | LATE
            A05 three days across Tết                           | 12/02/2026 10:00  |                   | 3    |                                                                      | 24/02/2026 10:00  |                   | 24/02/2026 10:00  | ON_TIME
            A06 half a day across Tết                           | 13/02/2026 15:00  |                   | 0.5  |                                                                      | 13/02/2026 16:30  |                   | 23/02/2026 09:30  | EARLY
            A07 compensated Monday after Giỗ Tổ                 | 24/04/2026 08:00  |                   | 2    |                                                                      | 29/04/2026 08:00  |                   | 29/04/2026 08:00  | ON_TIME
            A08 30/4 and 1/5 then a weekend                     | 29/04/2026 13:30  |                   | 2    |                                                                      | 05/05/2026 14:00  |                   | 05/05/2026 13:30  | LATE
            A09 received on a Saturday counts from Monday       | 07/03/2026 09:00  |                   | 1    |                                                                      | 09/03/2026 17:00  |                   | 09/03/2026 17:00  | ON_TIME
            A10 received at lunch counts from 13:00             | 10/03/2026 12:00  |                   | 1    |                                                                      | 11/03/2026 11:31  |                   | 11/03/2026 11:30  | LATE
            A11 received before opening counts from 07:30       | 02/03/2026 06:45  |                   | 1    |                                                                      | 02/03/2026 10:00  |                   | 02/03/2026 17:00  | ON_TIME
            A12 statutory 5 days across Tết finished a day early| 11/02/2026 08:00  |                   | 5    |                                                                      | 24/02/2026 16:00  |                   | 25/02/2026 08:00  | EARLY
            A13 one day over the compensated Monday             | 24/04/2026 10:00  |                   | 1    |                                                                      | 28/04/2026 09:00  |                   | 28/04/2026 10:00  | ON_TIME
            A14 one day over 30/4–1/5                           | 29/04/2026 10:00  |                   | 1    |                                                                      | 04/05/2026 10:30  |                   | 04/05/2026 10:00  | LATE
            A15 the make-up Saturday counts against the officer | 09/01/2026 10:00  |                   | 1    |                                                                      | 12/01/2026 08:00  |                   | 10/01/2026 10:00  | LATE
            A16 three days from New Year's Eve                  | 31/12/2025 08:00  |                   | 3    |                                                                      | 07/01/2026 08:00  |                   | 07/01/2026 08:00  | ON_TIME
            B01 finished two days before the appointment        | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 14/01/2026 10:00  |                   | 16/01/2026 17:00  | EARLY
            B02 finished on the due day a minute before         | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 16/01/2026 16:59  |                   | 16/01/2026 17:00  | ON_TIME
            B03 finished exactly at the due time                | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 16/01/2026 17:00  |                   | 16/01/2026 17:00  | ON_TIME
            B04 finished a minute after the due time            | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 16/01/2026 17:01  |                   | 16/01/2026 17:00  | LATE
            B05 finished the next working day                   | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 19/01/2026 08:00  |                   | 16/01/2026 17:00  | LATE
            B06 the appointment wins over the catalogue         | 12/01/2026 08:00  | 13/01/2026 10:00  | 10   |                                                                      | 13/01/2026 15:00  |                   | 13/01/2026 10:00  | LATE
            B07 only a return time: it ends the processing      | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      |                   | 15/01/2026 09:00  | 16/01/2026 17:00  | EARLY
            B08 the finish time comes before the return time    | 12/01/2026 08:00  | 16/01/2026 17:00  |      |                                                                      | 13/01/2026 09:00  | 20/01/2026 09:00  | 16/01/2026 17:00  | EARLY
            C01 supplementation time moves the due time         | 12/01/2026 08:00  | 15/01/2026 17:00  |      | S 13/01/2026 10:00 - 14/01/2026 10:00                                | 16/01/2026 16:00  |                   | 16/01/2026 17:00  | ON_TIME
            C02 late even after the supplementation time        | 12/01/2026 08:00  | 15/01/2026 17:00  |      | S 13/01/2026 10:00 - 14/01/2026 10:00                                | 19/01/2026 08:00  |                   | 16/01/2026 17:00  | LATE
            C03 before the moved due day is early               | 12/01/2026 08:00  | 15/01/2026 17:00  |      | S 13/01/2026 10:00 - 14/01/2026 10:00                                | 15/01/2026 10:00  |                   | 16/01/2026 17:00  | EARLY
            C04 supplementation over a weekend counts 2 hours   | 22/01/2026 08:00  | 27/01/2026 17:00  |      | S 23/01/2026 16:00 - 26/01/2026 08:30                                | 28/01/2026 09:00  |                   | 28/01/2026 09:30  | ON_TIME
            C05 supplementation over Tết counts 3 working days  | 10/02/2026 08:00  | 11/02/2026 17:00  |      | S 11/02/2026 09:00 - 23/02/2026 09:00                                | 23/02/2026 15:00  |                   | 23/02/2026 17:00  | ON_TIME
            C06 a second supplementation request makes it late  | 12/01/2026 08:00  | 15/01/2026 17:00  |      | S 13/01/2026 10:00 - 13/01/2026 11:00; S 14/01/2026 08:00 - 14/01/2026 09:00 | 14/01/2026 15:00 |    | 16/01/2026 09:30  | LATE
            C07 a payment pause also stops the clock            | 12/01/2026 08:00  | 15/01/2026 17:00  |      | P 15/01/2026 13:00 - 15/01/2026 17:00                                | 16/01/2026 11:00  |                   | 16/01/2026 11:30  | ON_TIME
            C08 statutory time plus supplementation             | 12/01/2026 08:00  |                   | 2    | S 12/01/2026 09:00 - 13/01/2026 09:00                                | 15/01/2026 08:00  |                   | 15/01/2026 08:00  | ON_TIME
            C09 supplementation outside office hours is free    | 12/01/2026 08:00  | 15/01/2026 17:00  |      | S 13/01/2026 17:30 - 14/01/2026 07:00                                | 15/01/2026 17:30  |                   | 15/01/2026 17:00  | LATE
            C10 pause over the make-up Saturday counts it       | 08/01/2026 08:00  | 09/01/2026 17:00  |      | S 09/01/2026 16:00 - 12/01/2026 07:30                                | 12/01/2026 08:30  |                   | 12/01/2026 08:30  | ON_TIME
            """)
    void judgesDueTimeAndOutcome(String name, String received, String appointment, BigDecimal days, String pauses,
                                 String finished, String returned, String due, Outcome outcome) {
        Judgement j = minutes.judge(dossier(received, appointment, pauses, finished, returned, Channel.DIRECT, null), days);

        assertThat(j.dueAt()).as("due").isEqualTo(at(due));
        assertThat(j.outcome()).as("outcome").isEqualTo(outcome);
    }

    @Test
    void byDayComparisonCountsALateHourOnTheDueDayAsOnTime() {
        DossierFacts d = dossier("12/01/2026 08:00", "13/01/2026 10:00", null, "13/01/2026 15:00", null, Channel.DIRECT, null);

        assertThat(minutes.judge(d, null).outcome()).isEqualTo(Outcome.LATE);
        assertThat(days.judge(d, null).outcome()).isEqualTo(Outcome.ON_TIME);
        DossierFacts nextDay = dossier("12/01/2026 08:00", "13/01/2026 10:00", null, "14/01/2026 07:40", null, Channel.DIRECT, null);
        assertThat(days.judge(nextDay, null).outcome()).isEqualTo(Outcome.LATE);
    }

    @Test
    void secondSupplementationIsNotLateWhenTheRuleIsSwitchedOff() {
        DossierRules lenient = new DossierRules(false, false, true, 8, 0.1, false);
        DossierFacts d = dossier("12/01/2026 08:00", "15/01/2026 17:00",
                "S 13/01/2026 10:00 - 13/01/2026 11:00; S 14/01/2026 08:00 - 14/01/2026 09:00", "14/01/2026 15:00", null,
                Channel.DIRECT, null);

        assertThat(new Timeliness(calendar2026(), lenient).judge(d, null).outcome()).isEqualTo(Outcome.EARLY);
    }

    @Test
    void noAppointmentAndNoStatutoryTimeCannotBeJudged() {
        DossierFacts d = dossier("12/01/2026 08:00", null, null, null, null, Channel.DIRECT, null);

        assertThatThrownBy(() -> minutes.judge(d, null)).isInstanceOf(Timeliness.NoDueDate.class);
    }

    /** Dossiers still open, judged at a moment; also run through the SQL copy of the rule by OverdueAtAgreementTest. */
    static final String OPEN_CASES = """
            # case                                                 | received          | appointment       | pauses                                                                | judged at         | overdue
            O01 open with its clock stopped before the due time    | 12/01/2026 08:00  | 15/01/2026 17:00  | S 14/01/2026 10:00                                                    | 01/02/2026 00:00  | false
            O02 open supplementation asked after the due time      | 12/01/2026 08:00  | 15/01/2026 17:00  | S 16/01/2026 09:00                                                    | 01/02/2026 00:00  | true
            O03 open past its appointment at the month's end       | 26/01/2026 08:00  | 30/01/2026 17:00  |                                                                       | 01/02/2026 00:00  | true
            O04 open exactly at its due time is still in time      | 26/01/2026 08:00  | 30/01/2026 17:00  |                                                                       | 30/01/2026 17:00  | false
            O05 open with a later appointment is in time           | 26/01/2026 08:00  | 03/02/2026 17:00  |                                                                       | 01/02/2026 00:00  | false
            O06 open after two supplementation requests is overdue | 26/01/2026 08:00  | 10/02/2026 17:00  | S 27/01/2026 08:00 - 27/01/2026 09:00; S 28/01/2026 08:00 - 28/01/2026 09:00 | 01/02/2026 00:00 | true
            O07 a pause opened after the period end does not help  | 26/01/2026 08:00  | 30/01/2026 17:00  | S 03/02/2026 08:00                                                    | 01/02/2026 00:00  | true
            O08 finished supplementation moved the due time on     | 26/01/2026 08:00  | 30/01/2026 17:00  | S 27/01/2026 08:00 - 29/01/2026 08:00                                 | 01/02/2026 00:00  | false
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = OPEN_CASES)
    void judgesDossiersStillOpenAtAMoment(String name, String received, String appointment, String pauses, String moment,
                                          boolean overdue) {
        Judgement j = minutes.judge(dossier(received, appointment, pauses, null, null, Channel.DIRECT, null), null);

        assertThat(j.outcome()).isNull();
        assertThat(j.overdueAt(at(moment))).isEqualTo(overdue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # case                                              | channel | submitted         | received          | late
            H01 accepted the same afternoon                     | ONLINE  | 12/01/2026 08:00  | 12/01/2026 16:00  | false
            H02 accepted at exactly 8 working hours             | ONLINE  | 12/01/2026 08:00  | 13/01/2026 08:00  | false
            H03 accepted one minute after 8 working hours       | ONLINE  | 12/01/2026 08:00  | 13/01/2026 08:01  | true
            H04 submitted before Tết, accepted after it in time | ONLINE  | 13/02/2026 16:00  | 23/02/2026 15:00  | false
            H05 the make-up Saturday's hours count              | ONLINE  | 10/01/2026 09:00  | 12/01/2026 10:00  | true
            H06 submitted on a holiday counts from Monday 07:30 | ONLINE  | 02/01/2026 10:00  | 05/01/2026 16:00  | false
            H07 submitted at night counts from the next morning | ONLINE  | 12/01/2026 22:00  | 13/01/2026 17:00  | false
            H08 a counter dossier has no acceptance window      | DIRECT  | 12/01/2026 08:00  | 20/01/2026 08:00  |
            H09 an online dossier without a submission time     | ONLINE  |                   | 20/01/2026 08:00  |
            """)
    void checksTheEightHourAcceptanceOfOnlineDossiers(String name, Channel channel, String submitted, String received,
                                                      Boolean late) {
        Judgement j = minutes.judge(dossier(received, "30/01/2026 17:00", null, null, null, channel, submitted), null);

        assertThat(j.ackLate()).isEqualTo(late);
    }
}
