package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.shared.BeforeReading;

/**
 * Half-year plans and the review findings: 29 February without a year in a common year, recurrences whose period
 * overlaps the plan (a year in 2025S2), "trước ngày 01 hằng tháng", and period names in the reader's language.
 */
class DeadlineHalfYearPlanTest {

    private static final ParseContext H2_2025 = new ParseContext(Period.half(2025, 2), PeriodType.QUARTER, null, null);
    private static final ParseContext H1_2025 = new ParseContext(Period.half(2025, 1), PeriodType.QUARTER, null, null);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    private static ParseResult.Parsed parsed(String phrase, ParseContext context) {
        return DeadlineCases.parsed(phrase, context);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 29/2 | 2025
            Trước ngày 29/02 | 2025
            29/02 và 15/3/2025 | 2025
            Quý IV (trước ngày 29/02) | 2025
            Ngày 29/2 | 2025S2
            Trước ngày 29/02 | 2025S2
            29/02 và 15/3/2025 | 2025S2
            Quý IV (trước ngày 29/02) | 2025S2
            """)
    void twentyNinthOfFebruaryWithoutAYearIsRefusedInACommonYear(String phrase, String plan) {
        ParseContext context = new ParseContext(Period.parse(plan), PeriodType.QUARTER, null, null);
        assertThat(parser.parse(phrase, context)).isInstanceOfSatisfying(ParseResult.Failed.class, f -> {
            assertThat(f.messageKey()).isEqualTo("plan.deadline.invalidDate");
            assertThat(f.args()).containsExactly("29/02/2025");
        });
    }

    @Test
    void twentyNinthOfFebruaryIsADateInALeapYearPlan() {
        assertThat(parsed("Ngày 29/2", ParseContext.of(2028)).dueDates()).containsExactly(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hằng năm | 2025-12-31
            Báo cáo năm | 2025-12-31
            Định kỳ 9 tháng | 2025-09-30
            Báo cáo 6 tháng | 2025-12-31
            Định kỳ 6 tháng, năm | 2025-12-31
            Hằng quý, 9 tháng và năm | 2025-09-30 2025-12-31
            """)
    void aSecondHalfPlanKeepsTheYearlyAndNineMonthDueDatesThatFallInIt(String phrase, String dues) {
        List<LocalDate> expected = List.of(dues.split(" ")).stream().map(LocalDate::parse).toList();
        ParseResult.Parsed p = parsed(phrase, H2_2025);
        assertThat(p.dueDates()).containsExactlyElementsOf(expected);
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void theAnnualReportOfAHalfYearPlanIsLabelledWithTheYear() {
        DeadlineRule rule = parsed("Định kỳ 6 tháng, năm", H2_2025).rule();
        assertThat(rule.occurrences(H2_2025.span())).containsExactly(
                new DeadlineRule.Occurrence("6 tháng cuối năm 2025", LocalDate.of(2025, 12, 31), "2025S2"),
                new DeadlineRule.Occurrence("Năm 2025", LocalDate.of(2025, 12, 31), "2025"));
    }

    @Test
    void aFirstHalfPlanWithAYearlyTaskIsAcceptedWithAVisibleWarning() {
        for (String phrase : List.of("Hằng năm", "Hằng năm (trước ngày 15/11)", "Định kỳ 9 tháng")) {
            ParseResult.Parsed p = parsed(phrase, H1_2025);
            assertThat(p.dueDates()).as(phrase).isEmpty();
            assertThat(p.warnings()).as(phrase).extracting(DeadlineMessage::key)
                    .containsExactly("plan.deadline.warn.noneInSpan");
        }
        ParseResult.Parsed yearly = parsed("Hằng năm", H1_2025);
        assertThat(DeadlineGrammarTest.bundles().getMessage(yearly.warnings().get(0), Locale.ENGLISH)).isEqualTo(
                "No due date falls within the plan's period (First half of 2025): check the deadline or the plan's"
                        + " period.");
        assertThat(DeadlineGrammarTest.bundles().getMessage(yearly.warnings().get(0), VI)).isEqualTo(
                "Không có ngày đến hạn nào trong kỳ của kế hoạch (6 tháng đầu năm 2025): kiểm tra lại thời hạn hoặc"
                        + " kỳ của kế hoạch.");
    }

    @Test
    void continuousTasksReportYearlyInASecondHalfPlanButNotInAFirstHalfOne() {
        ParseContext yearlyH2 = new ParseContext(Period.half(2025, 2), PeriodType.YEAR, null, null);
        ParseContext yearlyH1 = new ParseContext(Period.half(2025, 1), PeriodType.YEAR, null, null);
        assertThat(parsed("Thường xuyên", yearlyH2).dueDates()).containsExactly(LocalDate.of(2025, 12, 31));
        ParseResult.Parsed none = parsed("Thường xuyên", yearlyH1);
        assertThat(none.dueDates()).isEmpty();
        assertThat(none.warnings()).extracting(DeadlineMessage::key).containsExactly("plan.deadline.warn.noneInSpan");
        // Quarterly reports of a second-half plan stay Q3 and Q4.
        assertThat(parsed("Thường xuyên", H2_2025).dueDates())
                .containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void milestonesOfAHalfYearPlanTakeTheYearlyReport() {
        assertThat(parsed("Ban hành kế hoạch: Tháng 8; Báo cáo: Hằng năm", H2_2025).dueDates())
                .containsExactly(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 12, 31));
    }

    @Test
    void externalDeadlinesGiveNoDatesWithoutAWarning() {
        assertThat(parsed("Theo kế hoạch của tỉnh", H1_2025).warnings()).isEmpty();
    }

    @Test
    void beforeTheFirstOfEachMonthIsTheLastDayOfEachMonthWhenReadAsTheDayBefore() {
        ParseResult.Parsed p = parsed("Trước ngày 01 hằng tháng", H2_2025);
        assertThat(p.dueDates()).containsExactly(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 31),
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 31), LocalDate.of(2025, 11, 30),
                LocalDate.of(2025, 12, 31));
        assertThat(DeadlineGrammarTest.bundles().getMessage(p.explanation(), VI)).isEqualTo(
                "Hằng tháng, hạn trước ngày 01 của tháng liền sau, tức ngày cuối cùng của mỗi kỳ: 6 lần, từ 31/07/2025"
                        + " đến 31/12/2025.");
        ParseResult.Parsed sameDay = parsed("Trước ngày 01 hằng tháng", H2_2025.withReading(BeforeReading.SAME_DAY));
        assertThat(sameDay.dueDates()).startsWith(LocalDate.of(2025, 7, 1)).endsWith(LocalDate.of(2025, 12, 1));
    }

    @Test
    void periodNamesInExplanationsAndWarningsFollowTheReadersLanguage() {
        ParseResult.Parsed p = parsed("Tháng 3", H2_2025);
        assertThat(DeadlineGrammarTest.bundles().getMessage(p.explanation(), Locale.ENGLISH))
                .isEqualTo("March 2025: due 31/03/2025.");
        assertThat(DeadlineGrammarTest.bundles().getMessage(p.warnings().get(0), Locale.ENGLISH))
                .isEqualTo("1 due date(s) fall outside the plan's period (Second half of 2025), the first 31/03/2025.");
        assertThat(DeadlineGrammarTest.bundles().getMessage(parsed("Quý IV", H2_2025).explanation(), VI))
                .isEqualTo("Quý IV/2025: hạn chót 31/12/2025.");
    }

    @Test
    void milestonePiecesNameTheirPeriodsInTheReadersLanguage() {
        ParseResult.Parsed p = parsed("Ban hành kế hoạch: Tháng 8; Thực hiện: Cả năm", H2_2025);
        assertThat(DeadlineGrammarTest.bundles().getMessage(p.explanation(), Locale.ENGLISH)).isEqualTo(
                "3 milestones: Ban hành kế hoạch – August 2025: 31/08/2025, Thực hiện – Report for Q3 2025:"
                        + " 30/09/2025 and Thực hiện – Report for Q4 2025: 31/12/2025.");
        assertThat(DeadlineGrammarTest.bundles().getMessage(p.explanation(), VI)).isEqualTo(
                "3 mốc: Ban hành kế hoạch – Tháng 8/2025: 31/08/2025, Thực hiện – Báo cáo Quý III/2025: 30/09/2025 và"
                        + " Thực hiện – Báo cáo Quý IV/2025: 31/12/2025.");
    }
}
