package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.plan.DeadlineRule.External.Trigger;

/** Every deadline phrase of seeds 001 (Bắc Nha Trang), 002 (An Nhơn Đông) and 003 (Chí Minh, H2/2025). */
class DeadlinePhraseParserTest {

    private static final Period YEAR_2025 = Period.year(2025);
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    private DeadlineRule parse(String phrase) {
        return parse(phrase, ParseContext.of(2025));
    }

    private DeadlineRule parse(String phrase, ParseContext context) {
        ParseResult result = parser.parse(phrase, context);
        assertThat(result).as(phrase).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).rule();
    }

    private static List<LocalDate> dues(DeadlineRule rule, Period span) {
        return rule.occurrences(span).stream().map(DeadlineRule.Occurrence::due).toList();
    }

    // --- fixed dates (seed 001 I.1, I.7, II.1, VI.1) ---

    @Test
    void beforeADateIsDueTheDayBefore() {
        DeadlineRule rule = parse("Trước ngày 10/12/2025");
        assertThat(rule).isEqualTo(new DeadlineRule.FixedDate(LocalDate.of(2025, 12, 10), true));
        assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 12, 9));
        assertThat(dues(parse("Trước ngày 30/11/2025"), YEAR_2025)).containsExactly(LocalDate.of(2025, 11, 29));
    }

    @Test
    void onADateIsDueThatDay() {
        DeadlineRule rule = parse("Ngày 31/12/2025");
        assertThat(rule).isEqualTo(new DeadlineRule.FixedDate(LocalDate.of(2025, 12, 31), false));
        assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 12, 31));
    }

    // --- within a period ---

    @Test
    void quarterWithYearIsDueAtQuarterEnd() {
        DeadlineRule rule = parse("Trong quý IV năm 2025");
        assertThat(rule).isEqualTo(new DeadlineRule.WithinPeriod("2025Q4"));
        assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 12, 31));
    }

    @Test
    void quarterWithoutYearUsesThePlanYear() {
        assertThat(parse("Quý III")).isEqualTo(new DeadlineRule.WithinPeriod("2025Q3"));
        assertThat(dues(parse("Quý III"), YEAR_2025)).containsExactly(LocalDate.of(2025, 9, 30));
        assertThat(parse("Quý III", ParseContext.of(2026))).isEqualTo(new DeadlineRule.WithinPeriod("2026Q3"));
    }

    @Test
    void monthIsDueAtMonthEnd() {
        assertThat(parse("Tháng 8")).isEqualTo(new DeadlineRule.WithinPeriod("2025M08"));
        assertThat(dues(parse("Tháng 8"), YEAR_2025)).containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(dues(parse("Tháng 7/2025"), Period.half(2025, 2))).containsExactly(LocalDate.of(2025, 7, 31));
        assertThat(dues(parse("Tháng 12/2025"), Period.half(2025, 2))).containsExactly(LocalDate.of(2025, 12, 31));
    }

    @Test
    void monthWithAProvinceRemarkIsStillThatMonth() {
        assertThat(parse("Tháng 12 (Theo KH của tỉnh)")).isEqualTo(new DeadlineRule.WithinPeriod("2025M12"));
    }

    @Test
    void yearPhrasesAreDueOnTheLastDayOfTheYear() {
        for (String phrase : List.of("Trong năm 2025", "Trong năm 2025.", "Năm 2025")) {
            DeadlineRule rule = parse(phrase);
            assertThat(rule).as(phrase).isEqualTo(new DeadlineRule.WithinPeriod("2025"));
            assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 12, 31));
        }
    }

    // --- continuous and recurring ---

    @Test
    void continuousTasksAreReportedEveryReportingPeriod() {
        for (String phrase : List.of("Thường xuyên", "Cả năm")) {
            DeadlineRule rule = parse(phrase);
            assertThat(rule).isEqualTo(new DeadlineRule.Continuous(PeriodType.QUARTER));
            assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
                    LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
        }
        DeadlineRule monthly = parse("Thường xuyên", new ParseContext(2025, PeriodType.MONTH));
        assertThat(dues(monthly, Period.half(2025, 2))).hasSize(6).first().isEqualTo(LocalDate.of(2025, 7, 31));
    }

    @Test
    void monthlyRecurringTaskHasTwelveOccurrencesWithQuantityPerUnit() {
        DeadlineRule rule = parse("Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị)");
        assertThat(rule).isEqualTo(new DeadlineRule.Recurring(PeriodType.MONTH, null, 1, "bài", "đơn vị"));
        List<LocalDate> dues = dues(rule, YEAR_2025);
        assertThat(dues).hasSize(12);
        assertThat(dues.get(0)).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(dues.get(1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(dues.get(11)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void recurringDueDayIsCappedAtTheMonthLength() {
        DeadlineRule rule = new DeadlineRule.Recurring(PeriodType.MONTH, 30, null, null, null);
        assertThat(dues(rule, Period.quarter(2025, 1)))
                .containsExactly(LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 30));
    }

    // --- external triggers ---

    @Test
    void provincePlansAndRoadmapsWaitForTheProvince() {
        assertThat(parse("Theo Kế hoạch của tỉnh")).isEqualTo(external(Trigger.PLAN, "tỉnh"));
        assertThat(parse("Theo kế hoạch của tỉnh")).isEqualTo(external(Trigger.PLAN, "tỉnh"));
        assertThat(parse("Theo lộ trình của tỉnh")).isEqualTo(external(Trigger.PLAN, "tỉnh"));
        assertThat(parse("Theo tiến độ triển khai của tỉnh")).isEqualTo(external(Trigger.PLAN, "tỉnh"));
        assertThat(parse("Theo Kế hoạch của UBND phường")).isEqualTo(external(Trigger.PLAN, "UBND phường"));
        assertThat(parse("Theo yêu cầu tại Kế hoạch của UBND tỉnh")).isEqualTo(external(Trigger.PLAN, "UBND tỉnh"));
    }

    @Test
    void guidanceDecisionsAndRegulationsAreExternal() {
        assertThat(parse("Khi có sự hướng dẫn của UBND tỉnh")).isEqualTo(external(Trigger.GUIDANCE, "UBND tỉnh"));
        assertThat(parse("Sau khi có hướng dẫn của Trung ương, tỉnh"))
                .isEqualTo(external(Trigger.GUIDANCE, "Trung ương, tỉnh"));
        assertThat(parse("Theo hướng dẫn của Bộ quản lý ngành, lĩnh vực và của tỉnh"))
                .isEqualTo(external(Trigger.GUIDANCE, "Bộ quản lý ngành, lĩnh vực và của tỉnh"));
        assertThat(parse("Theo Quyết định của UBND phường")).isEqualTo(external(Trigger.DECISION, "UBND phường"));
        assertThat(parse("Theo Quyết định của tỉnh")).isEqualTo(external(Trigger.DECISION, "tỉnh"));
        assertThat(parse("Theo quy định của UBND tỉnh")).isEqualTo(external(Trigger.REGULATION, "UBND tỉnh"));
        assertThat(parse("Báo cáo của UBND phường gửi trên hệ thống báo cáo Chính phủ theo đúng thời gian quy định"))
                .isEqualTo(external(Trigger.REGULATION, null));
    }

    @Test
    void inspectionWithinAYearIsBoundedByThatYear() {
        DeadlineRule rule = parse("Khi được kiểm tra trong năm 2025");
        assertThat(rule).isEqualTo(new DeadlineRule.External(Trigger.INSPECTION, null, null, LocalDate.of(2025, 12, 31)));
        assertThat(dues(rule, YEAR_2025)).isEmpty();
    }

    @Test
    void externalTaskGetsItsDueDateLater() {
        DeadlineRule.External rule = (DeadlineRule.External) parse("Theo Kế hoạch của tỉnh");
        assertThat(rule.awaiting()).isTrue();
        assertThat(dues(rule.withDueDate(LocalDate.of(2025, 10, 15)), YEAR_2025)).containsExactly(LocalDate.of(2025, 10, 15));
    }

    // --- relative and multi-milestone ---

    @Test
    void relativeDeadlineCountsWorkingDaysFromTheEvent() {
        DeadlineRule.RelativeWorkingDays rule = (DeadlineRule.RelativeWorkingDays)
                parse("Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành");
        assertThat(rule).isEqualTo(new DeadlineRule.RelativeWorkingDays("văn bản trả lời PAKN được ban hành", 2));
        // Reply issued Friday 24/01/2025: Monday 27/01 is day 1, then Tết and its compensation, so 04/02.
        assertThat(rule.dueAfter(LocalDate.of(2025, 1, 24), vn.cchc.calendar.WorkingCalendar.defaults()))
                .isEqualTo(LocalDate.of(2025, 2, 4));
        assertThat(dues(rule, YEAR_2025)).isEmpty();
    }

    @Test
    void planThenExecuteMilestones() {
        DeadlineRule rule = parse("Ban hành kế hoạch: Tháng 8; Thực hiện: Tháng 11");
        assertThat(rule).isEqualTo(new DeadlineRule.Milestones(List.of(
                new DeadlineRule.Milestone("Ban hành kế hoạch", new DeadlineRule.WithinPeriod("2025M08")),
                new DeadlineRule.Milestone("Thực hiện", new DeadlineRule.WithinPeriod("2025M11")))));
        assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 8, 31), LocalDate.of(2025, 11, 30));
    }

    @Test
    void planThenWholeYearMilestonesToleratesMissingSpace() {
        for (String phrase : List.of("Ban hành kế hoạch: Tháng 7; Thực hiện: Cả năm",
                "Ban hành kế hoạch:Tháng 8; Thực hiện: Cả năm", "Ban hành kế hoạch: Tháng 8; Thực hiện: Cả năm")) {
            DeadlineRule.Milestones rule = (DeadlineRule.Milestones) parse(phrase);
            assertThat(rule.milestones()).extracting(DeadlineRule.Milestone::label)
                    .containsExactly("Ban hành kế hoạch", "Thực hiện");
            assertThat(rule.milestones().get(1).rule()).isEqualTo(new DeadlineRule.Continuous(PeriodType.QUARTER));
        }
        // Execution is reported from the first quarter that ends after the plan is issued.
        assertThat(dues(parse("Ban hành kế hoạch: Tháng 7; Thực hiện: Cả năm"), YEAR_2025))
                .containsExactly(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void yearWithAnnualReportDateIsTwoMilestones() {
        DeadlineRule rule = parse("Trong năm 2025. Báo cáo năm hoàn thành trước ngày 30/11/2025");
        assertThat(rule).isEqualTo(new DeadlineRule.Milestones(List.of(
                new DeadlineRule.Milestone(null, new DeadlineRule.WithinPeriod("2025")),
                new DeadlineRule.Milestone("Báo cáo năm", new DeadlineRule.FixedDate(LocalDate.of(2025, 11, 30), true)))));
        assertThat(dues(rule, YEAR_2025)).containsExactly(LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 31));
    }

    @Test
    void multiLinePhraseFromTheSeedIsNormalised() {
        assertThat(parse("Trong quý IV\n\nnăm 2025")).isEqualTo(new DeadlineRule.WithinPeriod("2025Q4"));
    }

    // --- refusals ---

    @ParameterizedTest
    @ValueSource(strings = {"Sớm nhất có thể", "abc", "Quý V", "Tháng"})
    void unknownPhrasesAreRefusedWithAReason(String phrase) {
        assertThat(parser.parse(phrase, ParseContext.of(2025))).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.messageKey()).isEqualTo("plan.deadline.unparsed"));
    }

    @Test
    void impossibleDatesAndMonthsAreRefused() {
        assertThat(parser.parse("Trước ngày 31/02/2025", ParseContext.of(2025)))
                .isInstanceOfSatisfying(ParseResult.Failed.class,
                        f -> assertThat(f.messageKey()).isEqualTo("plan.deadline.invalidDate"));
        assertThat(parser.parse("Tháng 13", ParseContext.of(2025)))
                .isInstanceOfSatisfying(ParseResult.Failed.class,
                        f -> assertThat(f.messageKey()).isEqualTo("plan.deadline.invalidMonth"));
        assertThat(parser.parse("  ", ParseContext.of(2025)))
                .isInstanceOfSatisfying(ParseResult.Failed.class,
                        f -> assertThat(f.messageKey()).isEqualTo("plan.deadline.empty"));
    }

    private static DeadlineRule.External external(Trigger trigger, String issuer) {
        return new DeadlineRule.External(trigger, issuer, null, null);
    }
}
