package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.documents.ReportWindow.Phase;
import vn.cchc.documents.ReportWindowRule.Basis;
import vn.cchc.shared.InvalidInput;

/** The report calendar's rule, against dates computed by hand from 581/BNV-CCHC and the inferred monthly rule. */
class ReportWindowRuleTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParameterizedTest(name = "{0} {1}/{2}: {3} – {4}, due {5}")
    @CsvSource(nullValues = "-", value = {
            "QUARTER_1, 2025, -, 15/12/2024, 14/03/2025, 20/03/2025",
            "HALF_YEAR, 2025, -, 15/12/2024, 14/06/2025, 20/06/2025",
            "QUARTER_3, 2025, -, 15/06/2025, 14/09/2025, 20/09/2025",
            "YEAR,      2025, -, 15/12/2024, 14/12/2025, 20/12/2025",
            "QUARTER_1, 2000, -, 15/12/1999, 14/03/2000, 20/03/2000",
            "YEAR,      2100, -, 15/12/2099, 14/12/2100, 20/12/2100",
            "MONTH,     2025, 1, 15/12/2024, 14/01/2025, 20/01/2025",
            "MONTH,     2025, 3, 15/02/2025, 14/03/2025, 20/03/2025",
            "MONTH,     2026, 12, 15/11/2026, 14/12/2026, 20/12/2026"})
    void nationalDefaultsGiveTheWindowAndDueDate(ReportType type, int year, Integer month, String from, String to,
                                                 String due) {
        ReportWindow w = NationalReportTypes.of(type).window(year, month);
        assertThat(w.from().format(DMY)).isEqualTo(from);
        assertThat(w.to().format(DMY)).isEqualTo(to);
        assertThat(w.due().format(DMY)).isEqualTo(due);
        assertThat(w.month()).isEqualTo(month);
    }

    @Test
    void nationalNamesAndBasesComeFromTheShippedFile() {
        Map<ReportType, ReportWindowRule> rules = NationalReportTypes.rules();
        assertThat(rules.get(ReportType.QUARTER_1).name()).isEqualTo("Báo cáo CCHC quý I");
        assertThat(rules.get(ReportType.HALF_YEAR).name()).isEqualTo("Báo cáo CCHC 6 tháng");
        assertThat(rules.get(ReportType.QUARTER_3).name()).isEqualTo("Báo cáo CCHC quý III");
        assertThat(rules.get(ReportType.YEAR).name()).isEqualTo("Báo cáo CCHC năm");
        assertThat(rules.get(ReportType.YEAR).basis()).isEqualTo(Basis.NATIONAL);
        assertThat(rules.get(ReportType.MONTH).basis()).isEqualTo(Basis.INFERRED);
    }

    @Test
    void twentyNinthOfFebruaryIsTheLastDayOfFebruaryInACommonYear() {
        ReportWindowRule rule = rule(ReportType.QUARTER_1, 29, 2, false, 14, 3, 20);
        assertThat(rule.window(2024, null).from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(rule.window(2025, null).from()).isEqualTo(LocalDate.of(2025, 2, 28));
        ReportWindowRule fromLeapYear = rule(ReportType.QUARTER_1, 29, 2, true, 14, 3, 20);
        assertThat(fromLeapYear.window(2025, null).from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(fromLeapYear.window(2026, null).from()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aMonthlyDayBeyondTheMonthIsItsLastDay() {
        ReportWindowRule calendarMonths = rule(ReportType.MONTH, 1, null, false, 31, null, 31);
        ReportWindow february = calendarMonths.window(2025, 2);
        assertThat(february.from()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(february.to()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(february.due()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(calendarMonths.window(2024, 4).to()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThatCode(calendarMonths::check).doesNotThrowAnyException();
    }

    @Test
    void aWindowOfExactlyTwelveMonthsIsAllowed() {
        assertThatCode(rule(ReportType.YEAR, 15, 12, true, 14, 12, 20)::check).doesNotThrowAnyException();
        assertThatCode(rule(ReportType.YEAR, 1, 3, true, 28, 2, 20)::check).doesNotThrowAnyException();
        assertThatCode(rule(ReportType.QUARTER_1, 14, 3, false, 14, 3, 14)::check).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} {1}/{2} (earlier {3}) – {4}/{5}, due {6}: {7} on {8}")
    @CsvSource(nullValues = "-", value = {
            "QUARTER_3, 15, 9,  false, 14, 6,  20, documents.reportType.endBeforeStart, endDay",
            "YEAR,      15, 12, true,  15, 12, 20, documents.reportType.tooLong,        endDay",
            "YEAR,      29, 2,  true,  28, 2,  20, documents.reportType.tooLong,        endDay",
            "QUARTER_1, 15, 12, true,  25, 3,  20, documents.reportType.dueBeforeEnd,   dueDay",
            "QUARTER_1, 31, 4,  true,  14, 3,  20, documents.reportType.day,            startDay",
            "QUARTER_1, 15, 12, true,  30, 2,  20, documents.reportType.day,            endDay",
            "QUARTER_1, 0,  12, true,  14, 3,  20, documents.reportType.day,            startDay",
            "QUARTER_1, 15, 13, true,  14, 3,  20, documents.reportType.month,          startMonth",
            "QUARTER_1, 15, 12, true,  14, -,  20, documents.reportType.month,          endMonth",
            "HALF_YEAR, 15, 12, true,  14, 6,  31, documents.reportType.day,            dueDay",
            "HALF_YEAR, 15, 12, true,  14, 6,  0,  documents.reportType.day,            dueDay",
            "MONTH,     32, -,  true,  14, -,  20, documents.reportType.dayOfMonth,     startDay",
            "MONTH,     15, -,  false, 14, -,  20, documents.reportType.endBeforeStart, endDay",
            "MONTH,     31, -,  true,  30, -,  20, documents.reportType.dueBeforeEnd,   dueDay"})
    void refusesARuleAReportCannotFollow(ReportType type, int startDay, Integer startMonth, boolean earlier,
                                         int endDay, Integer endMonth, int dueDay, String key, String field) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                rule(type, startDay, startMonth, earlier, endDay, endMonth, dueDay)::check);
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(InvalidInput.Problem::field, InvalidInput.Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(field, key));
    }

    @Test
    void refusesABlankOrOverlongNameButKeepsVietnameseNfc() {
        ReportWindowRule blank = new ReportWindowRule(ReportType.YEAR, "  ", 15, 12, true, 14, 12, 20,
                Basis.PROVINCE);
        assertThat(catchThrowableOfType(InvalidInput.class, blank::check).problems())
                .extracting(InvalidInput.Problem::field).containsExactly("name");
        ReportWindowRule overlong = new ReportWindowRule(ReportType.YEAR, "a".repeat(201), 15, 12, true, 14, 12, 20,
                Basis.PROVINCE);
        assertThat(catchThrowableOfType(InvalidInput.class, overlong::check)).isNotNull();
        String decomposed = "Ba\u0301o ca\u0301o CCHC 9 tha\u0301ng";
        assertThat(new ReportWindowRule(ReportType.QUARTER_3, decomposed, 15, 6, false, 14, 9, 20, Basis.PROVINCE)
                .name()).isEqualTo("Báo cáo CCHC 9 tháng");
    }

    @ParameterizedTest(name = "on {0}: Q1 {1}, 6 months {2}, Q3 {3}, year {4}, next {5}")
    @CsvSource({
            "10/03/2026, COLLECTING, COLLECTING, UPCOMING,   COLLECTING, QUARTER_1",
            "17/03/2026, DUE,        COLLECTING, UPCOMING,   COLLECTING, QUARTER_1",
            "21/03/2026, OVERDUE,    COLLECTING, UPCOMING,   COLLECTING, HALF_YEAR",
            "10/06/2026, OVERDUE,    COLLECTING, UPCOMING,   COLLECTING, HALF_YEAR",
            "20/06/2026, OVERDUE,    DUE,        COLLECTING, COLLECTING, HALF_YEAR",
            "21/06/2026, OVERDUE,    OVERDUE,    COLLECTING, COLLECTING, QUARTER_3",
            "16/12/2026, OVERDUE,    OVERDUE,    OVERDUE,    DUE,        YEAR",
            "01/12/2025, UPCOMING,   UPCOMING,   UPCOMING,   UPCOMING,   QUARTER_1"})
    void phasesAndTheNextReportOfTheYear(String today, Phase q1, Phase half, Phase q3, Phase year, ReportType next) {
        LocalDate day = LocalDate.parse(today, DMY);
        ReportYear calendar = ReportYear.of(2026, NationalReportTypes.rules());
        assertThat(calendar.periodic()).extracting(w -> w.phase(day)).containsExactly(q1, half, q3, year);
        assertThat(calendar.nextPeriodic(day)).map(ReportWindow::type).contains(next);
    }

    @Test
    void afterTheYearsLastDueDateNothingIsNextAndEveryMonthIsListed() {
        ReportYear calendar = ReportYear.of(2026, NationalReportTypes.rules());
        assertThat(calendar.nextPeriodic(LocalDate.of(2026, 12, 21))).isEmpty();
        assertThat(calendar.months()).hasSize(12);
        assertThat(calendar.nextMonth(LocalDate.of(2026, 6, 21))).map(ReportWindow::month).contains(7);
    }

    @Test
    void aProvinceRuleReplacesTheNationalOneOfItsTypeOnly() {
        Map<ReportType, ReportWindowRule> rules = new EnumMap<>(NationalReportTypes.rules());
        rules.put(ReportType.QUARTER_3, new ReportWindowRule(ReportType.QUARTER_3, "Báo cáo CCHC 9 tháng", 15, 12,
                true, 10, 9, 15, Basis.PROVINCE));
        ReportYear calendar = ReportYear.of(2026, rules);
        ReportWindow nineMonths = calendar.periodic().get(2);
        assertThat(nineMonths.name()).isEqualTo("Báo cáo CCHC 9 tháng");
        assertThat(nineMonths.from()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(nineMonths.to()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(nineMonths.due()).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(calendar.periodic().get(0).due()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    private static ReportWindowRule rule(ReportType type, int startDay, Integer startMonth, boolean earlier,
                                         int endDay, Integer endMonth, int dueDay) {
        return new ReportWindowRule(type, "Báo cáo", startDay, startMonth, earlier, endDay, endMonth, dueDay,
                Basis.PROVINCE);
    }
}
