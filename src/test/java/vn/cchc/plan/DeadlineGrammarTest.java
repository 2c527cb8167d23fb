package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.shared.BeforeReading;
import vn.cchc.shared.MessageBundleFiles;

/**
 * The grammar's table: every deadline phrase of seeds 001–003 (their task tables and running text) in their plans'
 * spans, then phrases written for each construction and their mixes in a 2026 plan, with hand-computed due dates.
 */
class DeadlineGrammarTest {

    private static final ParseContext SEED_2025 = ParseContext.of(2025);
    private static final ParseContext SEED_003 = new ParseContext(Period.half(2025, 2), PeriodType.QUARTER, null, null);
    private static final ParseContext PLAN_2026 = ParseContext.of(2026);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundleFiles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ParseResult.Parsed parsed(String phrase, ParseContext context) {
        return DeadlineCases.parsed(phrase, context);
    }

    private static List<LocalDate> dates(String spaced) {
        return DeadlineCases.dates(spaced);
    }

    @ParameterizedTest(name = "seed 001/002: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Báo cáo của UBND phường gửi trên hệ thống báo cáo Chính phủ theo đúng thời gian quy định | EXTERNAL |
            Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành | RELATIVE_WORKING_DAYS |
            Khi có sự hướng dẫn của UBND tỉnh | EXTERNAL |
            Khi được kiểm tra trong năm 2025 | EXTERNAL |
            Ngày 31/12/2025 | FIXED_DATE | 31/12/2025
            Theo quy định của UBND tỉnh | EXTERNAL |
            Theo tiến độ triển khai của tỉnh | EXTERNAL |
            Theo yêu cầu tại Kế hoạch của UBND tỉnh | EXTERNAL |
            Thường xuyên | CONTINUOUS | 31/03/2025 30/06/2025 30/09/2025 31/12/2025
            Trong năm 2025 | WITHIN_PERIOD | 31/12/2025
            Trong năm 2025. Báo cáo năm hoàn thành trước ngày 30/11/2025 | MILESTONES | 29/11/2025 31/12/2025
            Trong quý IV năm 2025 | WITHIN_PERIOD | 31/12/2025
            Trước ngày 10/12/2025 | FIXED_DATE | 09/12/2025
            Trước ngày 30/11/2025 | FIXED_DATE | 29/11/2025
            Trước ngày 25/11/2025 | FIXED_DATE | 24/11/2025
            trước ngày 30 hàng tháng | RECURRING | 29/01/2025 28/02/2025 29/03/2025 29/04/2025 29/05/2025 29/06/2025 29/07/2025 29/08/2025 29/09/2025 29/10/2025 29/11/2025 29/12/2025
            Định kỳ hàng tháng | RECURRING | 31/01/2025 28/02/2025 31/03/2025 30/04/2025 31/05/2025 30/06/2025 31/07/2025 31/08/2025 30/09/2025 31/10/2025 30/11/2025 31/12/2025
            Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị) | RECURRING | 31/01/2025 28/02/2025 31/03/2025 30/04/2025 31/05/2025 30/06/2025 31/07/2025 31/08/2025 30/09/2025 31/10/2025 30/11/2025 31/12/2025
            Ban hành kế hoạch: Tháng 7; Thực hiện: Cả năm | MILESTONES | 31/07/2025 30/09/2025 31/12/2025
            Ban hành kế hoạch: Tháng 8; Thực hiện: Cả năm | MILESTONES | 31/08/2025 30/09/2025 31/12/2025
            Ban hành kế hoạch:Tháng 8; Thực hiện: Cả năm | MILESTONES | 31/08/2025 30/09/2025 31/12/2025
            Ban hành kế hoạch: Tháng 8; Thực hiện: Tháng 11 | MILESTONES | 31/08/2025 30/11/2025
            Cả năm | CONTINUOUS | 31/03/2025 30/06/2025 30/09/2025 31/12/2025
            Năm 2025 | WITHIN_PERIOD | 31/12/2025
            Quý III | WITHIN_PERIOD | 30/09/2025
            Sau khi có hướng dẫn của Trung ương, tỉnh | EXTERNAL |
            Theo Kế hoạch của UBND phường | EXTERNAL |
            Theo Kế hoạch của tỉnh | EXTERNAL |
            Theo kế hoạch của tỉnh | EXTERNAL |
            Theo Quyết định của UBND phường | EXTERNAL |
            Theo Quyết định của tỉnh | EXTERNAL |
            Theo hướng dẫn của Bộ quản lý ngành, lĩnh vực và của tỉnh | EXTERNAL |
            Theo lộ trình của tỉnh | EXTERNAL |
            Tháng 12 (Theo KH của tỉnh) | WITHIN_PERIOD | 31/12/2025
            Tháng 8 | WITHIN_PERIOD | 31/08/2025
            Báo cáo định kỳ (quý, 6 tháng, 9 tháng, năm) | MILESTONES | 31/03/2025 30/06/2025 30/09/2025 31/12/2025
            """)
    void everyPhraseOfSeeds001And002(String phrase, String kind, String dues) {
        ParseResult.Parsed p = parsed(phrase, SEED_2025);
        assertThat(p.rule().kind()).as(phrase).isEqualTo(kind);
        assertThat(p.dueDates()).as(phrase).isEqualTo(dates(dues));
        assertThat(p.warnings()).as(phrase).isEmpty();
    }

    @ParameterizedTest(name = "seed 003 (2025S2): {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 7/2025. | WITHIN_PERIOD | 31/07/2025
            Tháng 12/2025. | WITHIN_PERIOD | 31/12/2025
            Thường xuyên. | CONTINUOUS | 30/09/2025 31/12/2025
            Thường xuyên | CONTINUOUS | 30/09/2025 31/12/2025
            Thời gian thực hiện: Tháng 7/2025. | WITHIN_PERIOD | 31/07/2025
            Thời gian thực hiện: Thường xuyên. | CONTINUOUS | 30/09/2025 31/12/2025
            6 tháng cuối năm 2025 | WITHIN_PERIOD | 31/12/2025
            """)
    void everyPhraseOfSeed003InItsHalfYear(String phrase, String kind, String dues) {
        ParseResult.Parsed p = parsed(phrase, SEED_003);
        assertThat(p.rule().kind()).as(phrase).isEqualTo(kind);
        assertThat(p.dueDates()).as(phrase).isEqualTo(dates(dues));
        assertThat(p.warnings()).as(phrase).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước 15/10 | FIXED_DATE | 14/10/2026
            Trước ngày 15/10 | FIXED_DATE | 14/10/2026
            Trước 15.10.2026 | FIXED_DATE | 14/10/2026
            Trước ngày 15 / 10 / 2026 | FIXED_DATE | 14/10/2026
            Hoàn thành trước ngày 30/6/2026 | FIXED_DATE | 29/06/2026
            Chậm nhất ngày 15/10 | FIXED_DATE | 15/10/2026
            Chậm nhất là ngày 20/12/2026 | FIXED_DATE | 20/12/2026
            Chậm nhất trước ngày 20/12 | FIXED_DATE | 19/12/2026
            Hạn chót 30/6/2026 | FIXED_DATE | 30/06/2026
            Đến ngày 31/10/2026 | FIXED_DATE | 31/10/2026
            Ngày 15 tháng 10 năm 2026 | FIXED_DATE | 15/10/2026
            Trước ngày 15/10/2026. | FIXED_DATE | 14/10/2026
            Trước tháng 6 | FIXED_DATE | 31/05/2026
            Trước quý IV | FIXED_DATE | 30/09/2026
            Tháng 9 năm 2026 | WITHIN_PERIOD | 30/09/2026
            Trong tháng 3/2026 | WITHIN_PERIOD | 31/03/2026
            Hoàn thành trong quý III | WITHIN_PERIOD | 30/09/2026
            Quý I/2026 | WITHIN_PERIOD | 31/03/2026
            Quý 2 năm 2026 | WITHIN_PERIOD | 30/06/2026
            Quý IV năm 2026 (theo KH của tỉnh) | WITHIN_PERIOD | 31/12/2026
            6 tháng đầu năm | WITHIN_PERIOD | 30/06/2026
            Trong 6 tháng cuối năm 2026 | WITHIN_PERIOD | 31/12/2026
            Nửa đầu năm 2026 | WITHIN_PERIOD | 30/06/2026
            9 tháng năm 2026 | WITHIN_PERIOD | 30/09/2026
            9 tháng đầu năm | WITHIN_PERIOD | 30/09/2026
            Năm 2026. | WITHIN_PERIOD | 31/12/2026
            Cuối quý II | WITHIN_PERIOD | 30/06/2026
            Đến hết quý II | WITHIN_PERIOD | 30/06/2026
            Đến hết tháng 6/2026 | WITHIN_PERIOD | 30/06/2026
            Cuối năm | WITHIN_PERIOD | 31/12/2026
            Hết năm 2026 | WITHIN_PERIOD | 31/12/2026
            Tháng 6 và tháng 12 | MILESTONES | 30/06/2026 31/12/2026
            Tháng 6, tháng 12 năm 2026 | MILESTONES | 30/06/2026 31/12/2026
            Tháng 3, 6, 9 và 12 | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Trong tháng 7 và tháng 8 | MILESTONES | 31/07/2026 31/08/2026
            Quý I và quý III năm 2026 | MILESTONES | 31/03/2026 30/09/2026
            Quý II, quý IV | MILESTONES | 30/06/2026 31/12/2026
            Quý I, II, III, IV | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Trước ngày 15/6 và 15/12 | MILESTONES | 14/06/2026 14/12/2026
            Trước ngày 20/6 và trước ngày 20/12 | MILESTONES | 19/06/2026 19/12/2026
            Quý II; tháng 11 | MILESTONES | 30/06/2026 30/11/2026
            Từ tháng 3 đến tháng 6 | SPAN | 30/06/2026
            Từ tháng 01 đến tháng 12/2026 | SPAN | 31/12/2026
            Từ quý II đến quý III | SPAN | 30/09/2026
            Từ 01/4 đến 30/6 | SPAN | 30/06/2026
            Từ ngày 01/3 đến trước ngày 15/3/2026 | SPAN | 14/03/2026
            Tháng 3 - tháng 6 | SPAN | 30/06/2026
            Tháng 3 – tháng 5/2026 | SPAN | 31/05/2026
            Hằng tháng, trước ngày 20 | RECURRING | 19/01/2026 19/02/2026 19/03/2026 19/04/2026 19/05/2026 19/06/2026 19/07/2026 19/08/2026 19/09/2026 19/10/2026 19/11/2026 19/12/2026
            Ngày 20 hằng tháng | RECURRING | 20/01/2026 20/02/2026 20/03/2026 20/04/2026 20/05/2026 20/06/2026 20/07/2026 20/08/2026 20/09/2026 20/10/2026 20/11/2026 20/12/2026
            Vào ngày 31 hằng tháng | RECURRING | 31/01/2026 28/02/2026 31/03/2026 30/04/2026 31/05/2026 30/06/2026 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Hằng quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Mỗi quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Định kỳ 6 tháng | RECURRING | 30/06/2026 31/12/2026
            6 tháng một lần | RECURRING | 30/06/2026 31/12/2026
            Định kỳ hằng năm | RECURRING | 31/12/2026
            Vào ngày 25 tháng cuối quý | RECURRING | 25/03/2026 25/06/2026 25/09/2026 25/12/2026
            Ngày 25 của tháng cuối mỗi quý | RECURRING | 25/03/2026 25/06/2026 25/09/2026 25/12/2026
            Hằng quý, vào ngày 25 tháng cuối quý | RECURRING | 25/03/2026 25/06/2026 25/09/2026 25/12/2026
            Trước ngày 15 tháng cuối quý | RECURRING | 14/03/2026 14/06/2026 14/09/2026 14/12/2026
            Định kỳ hàng quý (trước ngày 20 tháng cuối quý) | RECURRING | 19/03/2026 19/06/2026 19/09/2026 19/12/2026
            Hằng quý, hằng năm | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Định kỳ hằng quý, 6 tháng và năm | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Hàng tháng, hàng quý, 6 tháng, năm | MILESTONES | 31/01/2026 28/02/2026 31/03/2026 30/04/2026 31/05/2026 30/06/2026 31/07/2026 31/08/2026 30/09/2026 31/10/2026 30/11/2026 31/12/2026
            Định kỳ 6 tháng và hằng năm, trước ngày 15 | MILESTONES | 14/06/2026 14/12/2026
            Thường xuyên, liên tục | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên trong năm 2026 | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Hằng ngày | CONTINUOUS | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản | RELATIVE_WORKING_DAYS |
            Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ | RELATIVE_WORKING_DAYS |
            Sau 3 ngày làm việc kể từ khi có kết quả | RELATIVE_WORKING_DAYS |
            Theo hướng dẫn của Sở Nội vụ | EXTERNAL |
            Theo yêu cầu của UBND tỉnh | EXTERNAL |
            Đột xuất theo yêu cầu | EXTERNAL |
            Khi có văn bản chỉ đạo của cấp trên | EXTERNAL |
            Xây dựng kế hoạch: Quý I; Tổ chức thực hiện: Quý II - Quý III; Báo cáo: trước ngày 15/12 | MILESTONES | 31/03/2026 30/09/2026 14/12/2026
            Ban hành Kế hoạch: trước ngày 31/3; Thực hiện: Thường xuyên | MILESTONES | 30/03/2026 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Trước ngày 5 hằng tháng; trước ngày 15/12 | MILESTONES | 04/01/2026 04/02/2026 04/03/2026 04/04/2026 04/05/2026 04/06/2026 04/07/2026 04/08/2026 04/09/2026 04/10/2026 04/11/2026 04/12/2026 14/12/2026
            Báo cáo kết quả về UBND xã trước ngày 10/12 | MILESTONES | 09/12/2026
            Trước ngày 31 tháng 12 năm 2026 | FIXED_DATE | 30/12/2026
            Trước ngày 15/12 hằng năm | FIXED_DATE | 14/12/2026
            Ngày 30/6 và 31/12 hằng năm | MILESTONES | 30/06/2026 31/12/2026
            Từ nay đến hết năm 2026 | WITHIN_PERIOD | 31/12/2026
            6 tháng đầu năm và cả năm | MILESTONES | 30/06/2026 31/12/2026
            Quý III và IV | MILESTONES | 30/09/2026 31/12/2026
            Quý III - IV | SPAN | 31/12/2026
            Tháng 7 - 8/2026 | SPAN | 31/08/2026
            Định kỳ trước ngày 20 hàng tháng | RECURRING | 19/01/2026 19/02/2026 19/03/2026 19/04/2026 19/05/2026 19/06/2026 19/07/2026 19/08/2026 19/09/2026 19/10/2026 19/11/2026 19/12/2026
            Chậm nhất ngày 25 hằng tháng | RECURRING | 25/01/2026 25/02/2026 25/03/2026 25/04/2026 25/05/2026 25/06/2026 25/07/2026 25/08/2026 25/09/2026 25/10/2026 25/11/2026 25/12/2026
            Hằng quý, 6 tháng, năm và đột xuất | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            Thường xuyên; báo cáo trước ngày 15/12/2026 | MILESTONES | 31/03/2026 30/06/2026 30/09/2026 14/12/2026 31/12/2026
            Trong thời hạn 15 ngày kể từ ngày nhận được văn bản | RELATIVE_WORKING_DAYS |
            Theo Kế hoạch số 123/KH-UBND ngày 10/01/2026 của UBND tỉnh | EXTERNAL |
            Khi phát sinh | EXTERNAL |
            Quý IV (trước ngày 15/12) | FIXED_DATE | 14/12/2026
            Hàng năm (trước ngày 15/11) | FIXED_DATE | 14/11/2026
            Quý III (theo hướng dẫn của tỉnh) | WITHIN_PERIOD | 30/09/2026
            Thường xuyên, báo cáo định kỳ 6 tháng | CONTINUOUS | 30/06/2026 31/12/2026
            Báo cáo trước ngày 15/6 (6 tháng) và trước ngày 15/12 (năm) | MILESTONES | 14/06/2026 14/12/2026
            Quý I/2026: Xây dựng kế hoạch; Quý II - IV: Triển khai thực hiện | MILESTONES | 31/03/2026 31/12/2026
            Theo chỉ đạo của UBND tỉnh | EXTERNAL |
            Năm 2026 và các năm tiếp theo | WITHIN_PERIOD | 31/12/2026
            Quý I - II/2026 | SPAN | 30/06/2026
            Hạn nộp: trước ngày 20/12 | FIXED_DATE | 19/12/2026
            01 lần/quý | RECURRING | 31/03/2026 30/06/2026 30/09/2026 31/12/2026
            2 lần/năm | RECURRING | 30/06/2026 31/12/2026
            Báo cáo 1 lần/6 tháng | RECURRING | 30/06/2026 31/12/2026
            Hằng quý (báo cáo trước ngày 15 tháng cuối quý) | RECURRING | 14/03/2026 14/06/2026 14/09/2026 14/12/2026
            Tháng 10/2026 (trước ngày 20/10) | FIXED_DATE | 19/10/2026
            """)
    void ownPhrasesCoverEveryConstructionAndTheirMixes(String phrase, String kind, String dues) {
        ParseResult.Parsed p = parsed(phrase, PLAN_2026);
        assertThat(p.rule().kind()).as(phrase).isEqualTo(kind);
        assertThat(p.dueDates()).as(phrase).isEqualTo(dates(dues));
        assertThat(p.warnings()).as(phrase).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trước 15/10 | Hạn chót 14/10/2026 (nộp trước ngày 15/10/2026).
            Trước ngày 30 hằng tháng | Hằng tháng, hạn ngày 29 mỗi tháng: 12 lần, từ 29/01/2026 đến 29/12/2026.
            Ngày 31/12/2026 | Hạn chót 31/12/2026.
            Quý III | Quý III/2026: hạn chót 30/09/2026.
            Quý I và quý III năm 2026 | 2 mốc: Quý I/2026: 31/03/2026 và Quý III/2026: 30/09/2026.
            Từ tháng 3 đến tháng 6 | Thực hiện từ 01/03/2026 đến 30/06/2026, hạn chót 30/06/2026.
            Định kỳ hằng quý, 6 tháng và năm | Định kỳ hằng quý, 6 tháng và hằng năm, hạn ngày cuối mỗi kỳ: 7 lần, từ 31/03/2026 đến 31/12/2026.
            Định kỳ hằng năm | Hằng năm, hạn ngày cuối mỗi kỳ: 1 lần trong kỳ của kế hoạch, ngày 31/12/2026.
            Vào ngày 25 tháng cuối quý | Hằng quý, hạn ngày 25 tháng cuối mỗi kỳ: 4 lần, từ 25/03/2026 đến 25/12/2026.
            Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị) | Hằng tháng, hạn ngày cuối mỗi kỳ, mỗi kỳ tối thiểu 1 bài/đơn vị: 12 lần, từ 31/01/2026 đến 31/12/2026.
            Thường xuyên | Thường xuyên, báo cáo kết quả hằng quý: 4 lần, từ 31/03/2026 đến 31/12/2026.
            Theo Kế hoạch của tỉnh | Chưa có ngày đến hạn: theo kế hoạch, lộ trình (tỉnh).
            Khi có văn bản chỉ đạo của cấp trên | Chưa có ngày đến hạn: khi có hướng dẫn (cấp trên).
            Khi có vụ việc phát sinh | Chưa có ngày đến hạn: chờ đến khi có vụ việc phát sinh.
            Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành | Hạn chót 2 ngày làm việc kể từ khi văn bản trả lời PAKN được ban hành; ngày cụ thể tính khi việc đó xảy ra.
            Ban hành kế hoạch: Tháng 8; Thực hiện: Tháng 11 | 2 mốc: Ban hành kế hoạch – Tháng 8/2026: 31/08/2026 và Thực hiện – Tháng 11/2026: 30/11/2026.
            """)
    void explainsItselfInOneVietnameseSentence(String phrase, String sentence) {
        assertThat(bundles().getMessage(parsed(phrase, PLAN_2026).explanation(), VI)).isEqualTo(sentence);
    }

    @Test
    void daysWithoutWorkingAreCalendarDaysAfterTheEvent() {
        DeadlineRule.RelativeWorkingDays rule = (DeadlineRule.RelativeWorkingDays)
                parsed("Trong thời hạn 15 ngày kể từ ngày nhận được văn bản", PLAN_2026).rule();
        assertThat(rule).isEqualTo(new DeadlineRule.RelativeWorkingDays("nhận được văn bản", 15, true));
        // 15 calendar days from Friday 09/01/2026, weekends included.
        assertThat(rule.dueAfter(LocalDate.of(2026, 1, 9), vn.cchc.calendar.WorkingCalendar.defaults()))
                .isEqualTo(LocalDate.of(2026, 1, 24));
    }

    @Test
    void explanationsExistInEnglishToo() {
        assertThat(bundles().getMessage(parsed("Trước 15/10", PLAN_2026).explanation(), Locale.ENGLISH))
                .isEqualTo("Due 14/10/2026 (submitted before 15/10/2026).");
        assertThat(bundles().getMessage(parsed("Hằng quý, hằng năm", PLAN_2026).explanation(), Locale.ENGLISH))
                .isEqualTo("Periodically: quarterly and yearly, due on the last day of each period: 5 times, "
                        + "from 31/03/2026 to 31/12/2026.");
    }

    @Test
    void theProvinceThatReadsBeforeXAsDueOnXGetsXEverywhere() {
        ParseContext sameDay = PLAN_2026.withReading(BeforeReading.SAME_DAY);
        assertThat(parsed("Trước 15/10", sameDay).dueDates()).containsExactly(LocalDate.of(2026, 10, 15));
        assertThat(parsed("Trước tháng 6", sameDay).dueDates()).containsExactly(LocalDate.of(2026, 6, 1));
        assertThat(parsed("Từ 01/3 đến trước ngày 15/3", sameDay).dueDates()).containsExactly(LocalDate.of(2026, 3, 15));
        assertThat(parsed("Trước ngày 30 hằng tháng", sameDay).dueDates()).startsWith(
                LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 30));
        assertThat(bundles().getMessage(parsed("Trước 15/10", sameDay).explanation(), VI))
                .isEqualTo("Hạn chót 15/10/2026 (tỉnh tính “trước ngày 15/10/2026” là hạn đúng ngày đó).");
        // The default province: due the day before.
        assertThat(parsed("Trước 15/10", PLAN_2026).dueDates()).containsExactly(LocalDate.of(2026, 10, 14));
        assertThat(parsed("Trước ngày 30 hằng tháng", PLAN_2026).dueDates()).startsWith(
                LocalDate.of(2026, 1, 29), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 29));
    }

    @Test
    void aDateOfAnotherYearIsAcceptedWithWarnings() {
        ParseResult.Parsed p = parsed("Trước ngày 15/10/2025", PLAN_2026.withToday(LocalDate.of(2026, 3, 1)));
        assertThat(p.dueDates()).containsExactly(LocalDate.of(2025, 10, 14));
        assertThat(p.warnings()).containsExactly(
                DeadlineMessage.of("plan.deadline.warn.otherYear", "2025", "2026"),
                DeadlineMessage.of("plan.deadline.warn.outside", 1, "14/10/2025",
                        Period.year(2026)),
                DeadlineMessage.of("plan.deadline.warn.past", 1, "14/10/2025", "01/03/2026"));
        assertThat(bundles().getMessage(p.warnings().get(0), VI))
                .isEqualTo("Thời hạn ghi năm 2025, khác năm của kế hoạch (2026): kiểm tra lại.");
    }

    @Test
    void aLaterYearIsAcceptedWithWarningsButIsNotPast() {
        ParseResult.Parsed p = parsed("Năm 2027", PLAN_2026.withToday(LocalDate.of(2026, 3, 1)));
        assertThat(p.rule()).isEqualTo(new DeadlineRule.WithinPeriod("2027"));
        assertThat(p.warnings()).extracting(DeadlineMessage::key)
                .containsExactly("plan.deadline.warn.otherYear", "plan.deadline.warn.outside");
    }

    @Test
    void pastDueDatesAreCountedFromTheClock() {
        ParseContext march = PLAN_2026.withToday(LocalDate.of(2026, 3, 1));
        assertThat(parsed("Trước 15/02", march).warnings()).containsExactly(
                DeadlineMessage.of("plan.deadline.warn.past", 1, "14/02/2026", "01/03/2026"));
        assertThat(parsed("Trước ngày 30 hằng tháng", march).warnings()).containsExactly(
                DeadlineMessage.of("plan.deadline.warn.past", 2, "29/01/2026", "01/03/2026"));
        assertThat(parsed("Quý III", march).warnings()).isEmpty();
    }

    @Test
    void aMonthOutsideAHalfYearPlanIsWarnedNotRefused() {
        ParseResult.Parsed p = parsed("Tháng 3/2025", SEED_003);
        assertThat(p.warnings()).containsExactly(
                DeadlineMessage.of("plan.deadline.warn.outside", 1, "31/03/2025",
                        Period.half(2025, 2)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sớm nhất có thể | plan.deadline.unparsed
            Theo | plan.deadline.unparsed
            Trước ngày | plan.deadline.unparsed
            Hằng | plan.deadline.unparsed
            Định kỳ | plan.deadline.unparsed
            Quý V | plan.deadline.unparsed
            Trước 30/02 | plan.deadline.invalidDate
            Tháng 0 | plan.deadline.invalidMonth
            Năm 1999 | plan.deadline.yearRange
            Ngày 32 hằng tháng | plan.deadline.invalidDay
            Từ tháng 6 đến tháng 3 | plan.deadline.rangeBackwards
            5 lần/năm | plan.deadline.unevenTimes
            """)
    void phrasesThatAreNotDeadlinesAreRefusedWithAReason(String phrase, String key) {
        assertThat(parser.parse(phrase, PLAN_2026)).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.messageKey()).isEqualTo(key));
    }

    @Test
    void aPhraseLongerThanTheLimitIsRefused() {
        assertThat(parser.parse("Quý III ".repeat(70), PLAN_2026)).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.messageKey()).isEqualTo("plan.deadline.tooLong"));
    }

    @Test
    void aStoredRuleOfTheOldShapeStillReadsAsTheDayBefore() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules();
        DeadlineRule rule = json.readValue("{\"kind\":\"FIXED_DATE\",\"date\":\"2025-12-10\",\"before\":true}",
                DeadlineRule.class);
        assertThat(rule).isEqualTo(new DeadlineRule.FixedDate(LocalDate.of(2025, 12, 10), true));
        assertThat(rule.occurrences(Period.year(2025)).get(0).due()).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(json.readValue("{\"kind\":\"RELATIVE_WORKING_DAYS\",\"event\":\"x\",\"workingDays\":2}",
                DeadlineRule.class)).isEqualTo(new DeadlineRule.RelativeWorkingDays("x", 2, false));
        DeadlineRule span = json.readValue(json.writeValueAsString(new DeadlineRule.Span(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30))), DeadlineRule.class);
        assertThat(span).isEqualTo(new DeadlineRule.Span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)));
    }
}
