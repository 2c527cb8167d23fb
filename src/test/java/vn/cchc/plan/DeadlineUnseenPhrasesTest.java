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

/**
 * Deadline phrases as other communes' and provinces' PAR plans and reporting rules write them (not taken from our
 * seeds): the ways of writing dates, periods, lists, ranges, recurrences and waits that a commune commonly uses, with
 * hand-computed due dates in a 2026 plan reported quarterly and in a plan for the second half of 2026.
 */
class DeadlineUnseenPhrasesTest {

    private static final ParseContext PLAN_2026 = ParseContext.of(2026);
    private static final ParseContext PLAN_2026S2 =
            new ParseContext(Period.half(2026, 2), PeriodType.QUARTER, null, null);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    private static ParseResult.Parsed parsed(String phrase, ParseContext context) {
        return DeadlineCases.parsed(phrase, context);
    }

    private static List<LocalDate> dates(String spaced) {
        return DeadlineCases.dates(spaced);
    }

    @ParameterizedTest(name = "2026: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước 31/12/2026 | FIXED_DATE | 30/12/2026
            Trước ngày 31/3/2026 | FIXED_DATE | 30/03/2026
            Hoàn thành trước 30/9 | FIXED_DATE | 29/09/2026
            Chậm nhất ngày 10/12 | FIXED_DATE | 10/12/2026
            Chậm nhất ngày 15 tháng 12 | FIXED_DATE | 15/12/2026
            đến hết ngày 30/6/2026 | FIXED_DATE | 30/06/2026
            Trước ngày 20/11 hàng năm | FIXED_DATE | 19/11/2026
            Trước ngày 05/6 | FIXED_DATE | 04/06/2026
            Trước ngày 15/12/2026 (đối với báo cáo năm) | FIXED_DATE | 14/12/2026
            Hoàn thành trước ngày 30 tháng 6 năm 2026 | FIXED_DATE | 29/06/2026
            Không quá ngày 30/11/2026 | FIXED_DATE | 30/11/2026
            Ngày 30/6/2026 và ngày 15/12/2026 | MILESTONES | 30/06/2026 15/12/2026
            Trước ngày 15/6 và 15/12 hằng năm | MILESTONES | 14/06/2026 14/12/2026
            Trước 30/6/2026 (6 tháng); trước 15/11/2026 (năm) | MILESTONES | 29/06/2026 14/11/2026
            Hoàn thành trong tháng 6/2026 | WITHIN_PERIOD | 30/06/2026
            Trong tháng 01/2026 | WITHIN_PERIOD | 31/01/2026
            Tháng 01 năm 2026 | WITHIN_PERIOD | 31/01/2026
            T6/2026 | WITHIN_PERIOD | 30/06/2026
            Tháng 12 hằng năm | WITHIN_PERIOD | 31/12/2026
            Trong Quý I/2026 | WITHIN_PERIOD | 31/03/2026
            Quý 2/2026 | WITHIN_PERIOD | 30/06/2026
            Q4/2026 | WITHIN_PERIOD | 31/12/2026
            quý 4 năm 2026 | WITHIN_PERIOD | 31/12/2026
            Quý I hằng năm | WITHIN_PERIOD | 31/03/2026
            Trong quý IV/2026 | WITHIN_PERIOD | 31/12/2026
            6 tháng cuối năm | WITHIN_PERIOD | 31/12/2026
            9 tháng đầu năm 2026 | WITHIN_PERIOD | 30/09/2026
            Trong năm | WITHIN_PERIOD | 31/12/2026
            Trong năm 2026 | WITHIN_PERIOD | 31/12/2026
            Cuối năm 2026 | WITHIN_PERIOD | 31/12/2026
            Cuối quý III/2026 | WITHIN_PERIOD | 30/09/2026
            Từ nay đến hết năm 2026 | WITHIN_PERIOD | 31/12/2026
            Từ nay đến cuối năm | WITHIN_PERIOD | 31/12/2026
            Năm 2026 và những năm tiếp theo | WITHIN_PERIOD | 31/12/2026
            Đầu quý I/2026 | WITHIN_PERIOD | 31/01/2026
            Đầu năm 2026 | WITHIN_PERIOD | 31/01/2026
            Đầu quý III | WITHIN_PERIOD | 31/07/2026
            Quý I, II/2026 | MILESTONES | 31/03/2026 30/06/2026
            Tháng 6 và tháng 12/2026 | MILESTONES | 30/06/2026 31/12/2026
            Tháng 10, 11/2026 | MILESTONES | 31/10/2026 30/11/2026
            Tháng 3/2026 (tổ chức); tháng 12/2026 (sơ kết) | MILESTONES | 31/03/2026 31/12/2026
            Quý II và quý IV năm 2026 | MILESTONES | 30/06/2026 31/12/2026
            Trong quý II và quý III/2026 | MILESTONES | 30/06/2026 30/09/2026
            6 tháng đầu năm và năm 2026 | MILESTONES | 30/06/2026 31/12/2026
            Từ tháng 01 đến tháng 12/2026 | SPAN | 31/12/2026
            Từ tháng 1 đến tháng 12 năm 2026 | SPAN | 31/12/2026
            Quý III - IV/2026 | SPAN | 31/12/2026
            Quý II-III/2026 | SPAN | 30/09/2026
            Tháng 11-12/2026 | SPAN | 31/12/2026
            Tháng 7-8 | SPAN | 31/08/2026
            Từ ngày 01/7 đến ngày 31/7/2026 | SPAN | 31/07/2026
            Từ tháng 4 đến hết tháng 6/2026 | SPAN | 30/06/2026
            Từ tháng 3/2026 | SPAN | 31/12/2026
            Từ quý II/2026 | SPAN | 31/12/2026
            Từ ngày 15/8/2026 | SPAN | 31/12/2026
            Bắt đầu từ tháng 9 | SPAN | 31/12/2026
            Hằng tháng (trước ngày 25) | RECURRING | 24/01/2026 24/02/2026 24/03/2026 24/04/2026 24/05/2026 24/06/2026 24/07/2026 24/08/2026 24/09/2026 24/10/2026 24/11/2026 24/12/2026
            Ngày 15 hằng tháng | RECURRING | 15/01/2026 15/02/2026 15/03/2026 15/04/2026 15/05/2026 15/06/2026 15/07/2026 15/08/2026 15/09/2026 15/10/2026 15/11/2026 15/12/2026
            Trước ngày 15 hằng tháng | RECURRING | 14/01/2026 14/02/2026 14/03/2026 14/04/2026 14/05/2026 14/06/2026 14/07/2026 14/08/2026 14/09/2026 14/10/2026 14/11/2026 14/12/2026
            Hàng tháng | RECURRING | 31/01/2026 28/02/2026 31/03/2026 30/04/2026 31/05/2026 30/06/2026 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Trước ngày 20 của tháng cuối quý | RECURRING | 19/03/2026 19/06/2026 19/09/2026 19/12/2026
            Trước ngày 05 tháng cuối cùng của mỗi quý | RECURRING | 04/03/2026 04/06/2026 04/09/2026 04/12/2026
            Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo | RECURRING | 20/03/2026 20/06/2026 20/09/2026 20/12/2026
            Hằng quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Định kỳ hàng quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Hàng năm | RECURRING | 31/12/2026
            Định kỳ 6 tháng một lần | RECURRING | 30/06/2026 31/12/2026
            Báo cáo định kỳ 6 tháng, năm | MILESTONES | 30/06/2026 31/12/2026
            Định kỳ quý, 6 tháng, năm | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Báo cáo hằng quý, 6 tháng, 9 tháng và năm | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Định kỳ hàng tháng, quý, năm | MILESTONES | 31/01/2026 28/02/2026 31/03/2026 30/04/2026 31/05/2026 30/06/2026 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Hằng quý và đột xuất | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            4 lần/năm | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Cả năm 2026 | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên trong năm | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên, liên tục trong năm 2026 | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Liên tục | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Hằng tuần | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thứ Sáu hằng tuần | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Hàng ngày | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên, báo cáo hằng tháng | CONTINUOUS | 31/01/2026 28/02/2026 31/03/2026 30/04/2026 31/05/2026 30/06/2026 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Theo yêu cầu của Sở Nội vụ | EXTERNAL |
            Khi có văn bản chỉ đạo | EXTERNAL |
            Ngay sau khi Kế hoạch được ban hành | EXTERNAL |
            Sau khi có Quyết định công bố | EXTERNAL |
            Theo tiến độ | EXTERNAL |
            Đột xuất | EXTERNAL |
            Theo hướng dẫn của cơ quan cấp trên | EXTERNAL |
            Theo Kế hoạch của UBND tỉnh năm 2026 | EXTERNAL |
            Trong vòng 05 ngày làm việc kể từ ngày nhận được yêu cầu | RELATIVE_WORKING_DAYS |
            Chậm nhất 03 ngày làm việc sau khi kết thúc hội nghị | RELATIVE_WORKING_DAYS |
            Trong thời hạn 30 ngày kể từ ngày Quyết định có hiệu lực | RELATIVE_WORKING_DAYS |
            Xây dựng kế hoạch: tháng 01/2026; Tổ chức thực hiện: Thường xuyên | MILESTONES | 31/01/2026 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thời gian: Quý II/2026 | WITHIN_PERIOD | 30/06/2026
            Định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12) | MILESTONES | 14/06/2026 14/12/2026
            Trước ngày 15 tháng 6 và tháng 12 | MILESTONES | 14/06/2026 14/12/2026
            Hằng năm vào tháng 12 | WITHIN_PERIOD | 31/12/2026
            Hằng năm, trước ngày 30/11 | FIXED_DATE | 29/11/2026
            Định kỳ hằng năm (trước 15/12) | FIXED_DATE | 14/12/2026
            Định kỳ 06 tháng và 01 năm | MILESTONES | 30/06/2026 31/12/2026
            6 tháng/lần | RECURRING | 30/06/2026 31/12/2026
            Định kỳ 3 tháng một lần | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Cuối mỗi quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên; báo cáo 6 tháng, năm | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Đầu tháng 3/2026 | SPAN | 10/03/2026
            Tuần đầu tháng 3 | SPAN | 07/03/2026
            Trong tuần đầu tiên của tháng 1/2026 | SPAN | 07/01/2026
            Giữa tháng 7 | SPAN | 20/07/2026
            Hạ tuần tháng 2 | SPAN | 28/02/2026
            Tháng 1 - 3/2026 | SPAN | 31/03/2026
            Quý I - Quý IV/2026 | SPAN | 31/12/2026
            Quý II/2026 - Quý III/2026 | SPAN | 30/09/2026
            Từ ngày 01/01 đến ngày 31/12 | SPAN | 31/12/2026
            Trước 30-6-2026 | FIXED_DATE | 29/06/2026
            Trước 15-10 | FIXED_DATE | 14/10/2026
            Ngày 20-11 hằng năm | FIXED_DATE | 20/11/2026
            Trước ngày 30.11.2026 | FIXED_DATE | 29/11/2026
            Tháng 4, 5, 6/2026 | MILESTONES | 30/04/2026 31/05/2026 30/06/2026
            Quý I và II/2026 | MILESTONES | 31/03/2026 30/06/2026
            Hằng quý (trước ngày 10 tháng cuối quý) | RECURRING | 09/03/2026 09/06/2026 09/09/2026 09/12/2026
            Ngày 30 tháng cuối mỗi quý | RECURRING | 30/03/2026 30/06/2026 30/09/2026 30/12/2026
            Hằng tháng, chậm nhất ngày 20 | RECURRING | 20/01/2026 20/02/2026 20/03/2026 20/04/2026 20/05/2026 20/06/2026 20/07/2026 20/08/2026 20/09/2026 20/10/2026 20/11/2026 20/12/2026
            Thực hiện trong Quý II; báo cáo trước 15/7 | MILESTONES | 30/06/2026 14/07/2026
            Hạn hoàn thành: 30/6/2026 | FIXED_DATE | 30/06/2026
            Tiến độ: Quý III | WITHIN_PERIOD | 30/09/2026
            Báo cáo quý trước ngày 15 tháng cuối quý; báo cáo năm trước ngày 15/12 | MILESTONES | 14/03/2026 14/06/2026 14/09/2026 14/12/2026
            Sơ kết 6 tháng: Tháng 6; Tổng kết năm: Tháng 12 | MILESTONES | 30/06/2026 31/12/2026
            Trước ngày 15 của tháng cuối quý và trước ngày 15/12 | MILESTONES | 14/03/2026 14/06/2026 14/09/2026 14/12/2026
            Hằng quý (trước ngày 15 của tháng cuối quý) và năm (trước ngày 15/11) | MILESTONES | 14/03/2026 14/06/2026 14/09/2026 14/11/2026 14/12/2026
            Trong các tháng 3, 6, 9, 12 | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Các tháng 6 và 12 | MILESTONES | 30/06/2026 31/12/2026
            Tháng 3,6,9,12 | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Quý 1, 2, 3, 4 | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Trước 15/6, 15/12 | MILESTONES | 14/06/2026 14/12/2026
            Cuối tháng 6 và cuối tháng 12 | MILESTONES | 30/06/2026 31/12/2026
            Từ tháng 02 trở đi | SPAN | 31/12/2026
            Từ Quý II năm 2026 trở đi | SPAN | 31/12/2026
            Trong tháng 5 đến tháng 6 | SPAN | 30/06/2026
            01/01/2026 - 31/12/2026 | SPAN | 31/12/2026
            Tháng 10/2026 đến tháng 11/2026 | SPAN | 30/11/2026
            Định kỳ hàng năm vào quý IV | WITHIN_PERIOD | 31/12/2026
            Trong năm nay | WITHIN_PERIOD | 31/12/2026
            Sáu tháng đầu năm | WITHIN_PERIOD | 30/06/2026
            Nửa cuối năm 2026 | WITHIN_PERIOD | 31/12/2026
            Hàng quý (ngày 15 tháng cuối quý) | RECURRING | 15/03/2026 15/06/2026 15/09/2026 15/12/2026
            Hằng tháng (ngày 20) | RECURRING | 20/01/2026 20/02/2026 20/03/2026 20/04/2026 20/05/2026 20/06/2026 20/07/2026 20/08/2026 20/09/2026 20/10/2026 20/11/2026 20/12/2026
            Trước ngày 25 tháng 11 hằng năm | FIXED_DATE | 24/11/2026
            Ngay khi có văn bản | EXTERNAL |
            Sau khi Đề án được phê duyệt | EXTERNAL |
            Theo Thông báo của UBND xã | EXTERNAL |
            05 ngày làm việc kể từ ngày nhận hồ sơ | RELATIVE_WORKING_DAYS |
            """)
    void phrasesOfOtherPlansInA2026Plan(String phrase, String kind, String dues) {
        ParseResult.Parsed p = parsed(phrase, PLAN_2026);
        assertThat(p.rule().kind()).as(phrase).isEqualTo(kind);
        assertThat(p.dueDates()).as(phrase).isEqualTo(dates(dues));
        assertThat(p.warnings()).as(phrase).isEmpty();
    }

    @ParameterizedTest(name = "2026S2: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước 30/9 | FIXED_DATE | 29/09/2026
            Tháng 9/2026 | WITHIN_PERIOD | 30/09/2026
            Quý III/2026 | WITHIN_PERIOD | 30/09/2026
            6 tháng cuối năm 2026 | WITHIN_PERIOD | 31/12/2026
            Hằng tháng | RECURRING | 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Hằng quý | RECURRING | 30/09/2026 31/12/2026
            Ngày 25 hằng tháng | RECURRING | 25/07/2026 25/08/2026 25/09/2026 25/10/2026 25/11/2026 25/12/2026
            Thường xuyên | CONTINUOUS | 30/09/2026 31/12/2026
            Từ tháng 9 | SPAN | 31/12/2026
            Quý III, IV/2026 | MILESTONES | 30/09/2026 31/12/2026
            Tháng 11-12/2026 | SPAN | 31/12/2026
            Trước ngày 20 của tháng cuối quý | RECURRING | 19/09/2026 19/12/2026
            """)
    void phrasesOfOtherPlansInASecondHalfYearPlan(String phrase, String kind, String dues) {
        ParseResult.Parsed p = parsed(phrase, PLAN_2026S2);
        assertThat(p.rule().kind()).as(phrase).isEqualTo(kind);
        assertThat(p.dueDates()).as(phrase).isEqualTo(dates(dues));
        assertThat(p.warnings()).as(phrase).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ tháng 3/2026 | Thực hiện từ 01/03/2026 đến 31/12/2026, hạn chót 31/12/2026.
            Đầu quý I/2026 | Tháng 1/2026: hạn chót 31/01/2026.
            Đầu tháng 3/2026 | Thực hiện từ 01/03/2026 đến 10/03/2026, hạn chót 10/03/2026.
            Hằng tháng (trước ngày 05 của tháng sau) | Hằng tháng, hạn ngày 4 của tháng liền sau mỗi kỳ: 12 lần, từ 04/02/2026 đến 04/01/2027.
            Tháng 11-12/2026 | Thực hiện từ 01/11/2026 đến 31/12/2026, hạn chót 31/12/2026.
            Q4/2026 | Quý IV/2026: hạn chót 31/12/2026.
            """)
    void explainsOtherPlansPhrasesInOneSentence(String phrase, String sentence) {
        assertThat(DeadlineGrammarTest.bundles().getMessage(parsed(phrase, PLAN_2026).explanation(), VI))
                .isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5 lần/năm | plan.deadline.unevenTimes
            Trong 03 ngày làm việc | plan.deadline.relativeNoEvent
            Tháng sau | plan.deadline.relativeToUnsaid
            Quý sau | plan.deadline.relativeToUnsaid
            Sớm nhất có thể | plan.deadline.unparsed
            Kịp thời | plan.deadline.unparsed
            """)
    void phrasesWithoutADeterminableDateAreRefusedWithAReason(String phrase, String key) {
        assertThat(parser.parse(phrase, PLAN_2026)).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.messageKey()).as(phrase).isEqualTo(key));
    }

    @Test
    void aReportOnEachMonthDueInTheNextMonthReachesIntoTheNextYearWithAWarning() {
        ParseResult.Parsed p = parsed("Hằng tháng (trước ngày 05 của tháng sau)", PLAN_2026);
        assertThat(p.dueDates()).hasSize(12).startsWith(LocalDate.of(2026, 2, 4))
                .endsWith(LocalDate.of(2027, 1, 4));
        assertThat(p.warnings()).containsExactly(
                DeadlineMessage.of("plan.deadline.warn.outside", 1, "04/01/2027",
                        Period.year(2026)));
    }

    @Test
    void nextYearIsThePlansYearPlusOne() {
        ParseResult.Parsed p = parsed("Trước ngày 15/01 năm sau", PLAN_2026);
        assertThat(p.dueDates()).containsExactly(LocalDate.of(2027, 1, 14));
        assertThat(p.warnings()).extracting(DeadlineMessage::key)
                .containsExactly("plan.deadline.warn.otherYear", "plan.deadline.warn.outside");
        assertThat(parsed("Năm 2026-2027", PLAN_2026).dueDates()).containsExactly(LocalDate.of(2027, 12, 31));
    }
}
