package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.PlanKind;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.shared.SearchText;

/**
 * The prose findings on the three seed plans as pasted text, against hand transcriptions: seed 003's 29 inline
 * tasks (read from the seed: 4 + 5 + 6 + 3 + 5 + 2 + 4, area 4 with no lead or deadline), every header, and the
 * targets stated in the "Mục tiêu" sections of seeds 002 and 003. The appendix tables are another reader's.
 */
class SeedProseTest {

    static final String SEED_001 = "001_e94b56ef134f0f7d.txt";
    static final String SEED_002 = "002_872ecb1115e567cc.txt";
    static final String SEED_003 = "003_10ad112eb21f31c1.txt";
    static final ReadContext DEMO = new ReadContext(UnitMatcherTest.DEMO, 2025, LocalDate.of(2025, 9, 1),
            IndicatorLinksTest.ALL);

    private static final long VP = 1;
    private static final long VHXH = 2;
    private static final long KT = 3;
    private static final long TT = 4;

    private record Expected(String area, String code, Long lead, String deadline, String titleStart) {
    }

    private static final List<Expected> SEED_003_TASKS = List.of(
            new Expected("I", "1.1", VHXH, "Tháng 7/2025", "Xây dựng Kế hoạch cải cách hành chính 6 tháng cuối"),
            new Expected("I", "1.2", VHXH, "Tháng 12/2025", "Tự chấm điểm xác định chỉ số"),
            new Expected("I", "1.3", VHXH, "Thường xuyên", "Tiếp nhận, xử lý các kiến nghị"),
            new Expected("I", "1.4", VHXH, "Tháng 12/2025", "Tổ chức điều tra xã hội học"),
            new Expected("II", "2.1", VP, "Thường xuyên", "Tiếp tục nâng cao chất lượng tham mưu"),
            new Expected("II", "2.2", VP, "Thường xuyên", "Xây dựng và hoàn thiện hệ thống văn bản QPPL"),
            new Expected("II", "2.3", VP, "Thường xuyên", "100% văn bản quy phạm pháp luật do cơ quan"),
            new Expected("II", "2.4", VP, "Thường xuyên", "Tổ chức thực hiện theo dõi thi hành pháp luật"),
            new Expected("II", "2.5", VP, "Thường xuyên", "Thường xuyên rà soát, ban hành đầy đủ"),
            new Expected("III", "3.1", VP, "Tháng 7/2025", "Xây dựng và triển khai thực hiện Kế hoạch Kiểm soát"),
            new Expected("III", "3.2", null, "Thường xuyên", "Công khai và niêm yết kịp thời"),
            new Expected("III", "3.3", VP, "Thường xuyên", "Rà soát, đánh giá TTHC kiến nghị"),
            new Expected("III", "3.4", VP, "Thường xuyên", "Công khai nội dung, địa chỉ tiếp nhận"),
            new Expected("III", "3.5", TT, "Thường xuyên", "Thực hiện tốt việc hướng dẫn, tiếp nhận"),
            new Expected("III", "3.6", VP, "Thường xuyên", "Tổ chức thực hiện việc tiếp nhận, xử lý phản ánh"),
            new Expected("IV", "4.1", null, null, "Bố trí sắp xếp đội ngũ cán bộ"),
            new Expected("IV", "4.2", null, null, "Tiếp tục thực hiện tinh giản biên chế"),
            new Expected("IV", "4.3", null, null, "Thực hiện đầy đủ các chế độ, chính sách"),
            new Expected("V", "5.1", VHXH, "Thường xuyên", "Thực hiện cơ cấu đội ngũ cán bộ"),
            new Expected("V", "5.2", VHXH, "Thường xuyên", "Thực hiện đánh giá, xếp loại chất lượng"),
            new Expected("V", "5.3", VHXH, "Thường xuyên", "Quan tâm giải quyết kịp thời chế độ"),
            new Expected("V", "5.4", VHXH, "Thường xuyên", "Cập nhật đầy đủ, chính xác, kịp thời"),
            new Expected("V", "5.5", VHXH, "Thường xuyên", "Tiếp tục tăng cường kỷ luật"),
            new Expected("VI", "6.1", KT, "Thường xuyên", "Thực hiện đúng, đủ các quy định việc công khai"),
            new Expected("VI", "6.2", KT, "Thường xuyên", "Tăng cường kỷ luật, kỷ cương tài chính"),
            new Expected("VII", "6.1", VHXH, "Tháng 7/2025", "Xây dựng và triển khai thực hiện Kế hoạch chuyển đổi số"),
            new Expected("VII", "6.2", VP, "Thường xuyên", "Tăng cường sử dụng có hiệu quả hệ thống"),
            new Expected("VII", "6.3", TT, "Thường xuyên", "Vận hành có hiệu quả hệ thống thông tin báo cáo"),
            new Expected("VII", "6.4", VHXH, "Thường xuyên", "Tiếp tục tuyên truyền tập trung"));

    @Test
    void seed003InlineFormsGiveItsTwentyNineTasksWithTheirLeadsAndDeadlines() {
        SourceDocument doc = PastedText.seed(SEED_003);
        List<DraftTask> tasks = PlanReader.read(doc, DEMO).tasks().stream().filter(t -> !t.offered()).toList();
        assertThat(tasks).hasSize(29);
        for (int i = 0; i < tasks.size(); i++) {
            DraftTask t = tasks.get(i);
            Expected e = SEED_003_TASKS.get(i);
            assertThat(List.of(t.areaCode(), t.code())).as("task " + i).isEqualTo(List.of(e.area(), e.code()));
            assertThat(t.leadUnitId()).as(e.code()).isEqualTo(e.lead());
            assertThat(t.deadlinePhrase()).as(e.code()).isEqualTo(e.deadline());
            assertThat(t.title()).as(e.code()).startsWith(e.titleStart());
            // The span is where the title really is.
            assertThat(doc.text(t.span().first(), t.span().last()).replace('\n', ' ')).contains(e.titleStart());
        }
    }

    @Test
    void seed003TaskDetailsKeepTheTextAsWrittenAndJoinWrappedLines() {
        List<DraftTask> tasks = PlanReader.read(PastedText.seed(SEED_003), DEMO).tasks();
        DraftTask t25 = tasks.get(8);
        assertThat(t25.title()).endsWith("và số hoá công tác phổ biến giáo dục pháp luật");
        assertThat(t25.coordinatorsText()).isEqualTo("Các cơ quan chuyên môn, trung tâm phục vụ HCC");
        assertThat(t25.coordinatorUnitIds()).containsExactly(TT);
        assertThat(t25.allOtherUnits()).isTrue();
        DraftTask t63 = tasks.get(27);
        assertThat(t63.leadText()).isEqualTo("Các cơ quan chuyên môn, trung tâm phục vụ HCC");
        assertThat(t63.coordinatorUnitIds()).containsExactly(VHXH);
    }

    @Test
    void seed003DutiesAreOfferedBesideItsTasks() {
        ImportDraft draft = PlanReader.read(PastedText.seed(SEED_003), DEMO);
        List<DraftTask> duties = draft.tasks().stream().filter(DraftTask::offered).toList();
        // 4 of Phòng VH-XH, 5 of the office and the centre, 3 of Phòng Kinh tế, 1 of the culture centre, 3 of police
        assertThat(duties).hasSize(16);
        assertThat(duties).extracting(DraftTask::leadUnitId).containsExactly(VHXH, VHXH, VHXH, VHXH, VP, VP, VP, VP, VP,
                KT, KT, KT, null, 5L, 5L, 5L);
        assertThat(duties.get(4).coordinatorUnitIds()).containsExactly(TT);
        assertThat(duties.get(12).leadText()).isEqualTo("Trung tâm Văn hóa, Thể thao và Truyền thông xã");
        assertThat(draft.notices()).contains("planimport.notice.dutiesOffered", "planimport.notice.unknownUnits");
    }

    @Test
    void headersOfTheThreeSeeds() {
        var h1 = PlanReader.read(PastedText.seed(SEED_001), DEMO).header();
        assertThat(h1.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG");
        assertThat(h1.title()).isEqualTo("Nâng cao Chỉ số cải cách hành chính của UBND phường Bắc Nha Trang năm 2025");
        assertThat(h1.periodCode()).isEqualTo("2025");
        assertThat(h1.kind()).isEqualTo(PlanKind.PAR_INDEX);
        assertThat(h1.documentNumber()).isNull();
        assertThat(h1.documentDate()).isNull();
        assertThat(h1.legalBases()).containsExactly("Căn cứ Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh"
                + " Khánh Hòa về Cải thiện và nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ"
                + " chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Khánh Hòa năm 2025");

        var h2 = PlanReader.read(PastedText.seed(SEED_002), DEMO).header();
        assertThat(h2.issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG AN NHƠN ĐÔNG");
        assertThat(h2.title()).isEqualTo("Cải cách hành chính phường An Nhơn Đông năm 2025");
        assertThat(h2.periodCode()).isEqualTo("2025");
        assertThat(h2.kind()).isEqualTo(PlanKind.ANNUAL);
        assertThat(h2.legalBases()).isEmpty();

        var h3 = PlanReader.read(PastedText.seed(SEED_003), DEMO).header();
        assertThat(h3.issuingBody()).isEqualTo("UBND xã Chí Minh");
        assertThat(h3.title()).isEqualTo("Cải cách hành chính Nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Chí Minh");
        assertThat(h3.periodCode()).isEqualTo("2025S2");
        assertThat(h3.kind()).isEqualTo(PlanKind.HALF_YEAR);
        assertThat(h3.legalBases()).containsExactly("Thực hiện Công văn số 1816/UBND-NVKTGS ngày 08/7/2025 của UBND"
                + " thành phố Hải Phòng Về việc xây dựng kế hoạch cải cách hành chính và thực hiện chế độ báo cáo định kỳ");
    }

    // area | code | comparator | value | indicator | text
    private static final List<String> SEED_003_TARGETS = List.of(
            "II|1|GE|100|-|100% văn bản quy phạm pháp luật (QPPL) được triển khai kịp thời, đúng quy định",
            "III|2|GE|95|ON_TIME_RATE|Tỷ lệ hồ sơ TTHC ở được giải quyết đúng hạn, đạt tỷ lệ từ 95% trở lên",
            "III|3|GE|90|-|Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt 90% trở lên",
            "III|3b|GT|80|-|Trong đó, mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng đạt trên 80%",
            "-|3c|GT|90|-|Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 90%",
            "-|3d|GT|85|-|Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt trên 85%",
            "V|4|GE|100|-|100% cán bộ, công chức của UBND xã thực hiện tốt Chỉ thị của các cấp về tăng cường kỷ luật, kỷ cương hành chính, không có vi phạm",
            "-|6|GE|100|-|100% cán bộ công chức sử dụng hiệu quả phần mềm HP-eOffice",
            "VII|6b|GE|100|-|100% văn bản đi được ký số trên phần mềm quản lý văn bản HP-eOffice (Trừ tài liệu thuộc danh mục bí mật nhà nước)",
            "III|7|GE|100|-|100% hồ sơ thủ tục hành chính (TTHC) khi tiếp nhận, giải quyết tại Trung tâm Phục vụ hành chính công (HCC) được theo dõi trạng thái xử lý trên Hệ thống thông tin giải quyết TTHC của Thành phố đồng bộ với Cổng dịch vụ công Quốc gia để người dân, doanh nghiệp có thể giám sát, đánh giá trong quá trình thực hiện",
            "-|7b|GE|100|DIGITISATION_RATE|100% hồ sơ và kết quả giải quyết TTHC được số hóa theo quy định",
            "VII|7c|GT|95|-|trên 95% hồ sơ được đồng bộ, kết nối chia sẻ dữ liệu TTHC đã được số hoá phục vụ người dân, doanh nghiệp");

    private static final List<String> SEED_002_TARGETS = List.of(
            "I|2.1.1|GE|60|-|Tối thiểu 60% cơ quan chuyên môn thuộc UBND phường được kiểm tra công tác cải cách thủ tục hành chính năm 2025",
            "I|2.1.2|GE|100|-|100% các phòng, ban được đánh giá mức độ hài lòng về sự phục vụ hành chính năm 2025",
            "II|2.2.1|GE|100|-|100% cơ quan, đơn vị được phân công chủ trì xây dựng, hoàn thiện hệ thống văn bản quy phạm pháp luật của HĐND, UBND đảm bảo hoàn thành đúng tiến độ, thời hạn và quy trình xây dựng, ban hành văn bản quy phạm pháp luật theo quy định của Luật ban hành văn bản quy phạm pháp luật và các văn bản dưới luật hướng dẫn thực hiện",
            "II|2.2.2|GE|100|-|100% văn bản quy phạm pháp luật do HĐND, UBND phường được rà soát, kiến nghị, xử lý đảm bảo tính hợp hiến, hợp pháp, tính thống nhất trong hệ thống pháp luật",
            "III|2.3.1|GE|100|-|100% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước được công bố, công khai kịp thời",
            "III|2.3.1b|GE|20|-|thực hiện rút ngắn thời gian giải quyết 20% thủ tục hành chính nội bộ",
            "III|2.3.2|GE|100|-|100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến (nếu có phát sinh giao dịch thực tế) phát sinh hồ sơ trực tuyến",
            "III|2.3.2b|GE|100|ONLINE_PAYMENT_RATE|Phấn đấu tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt 100%",
            "III|2.3.3|GE|90|ONLINE_RATE|Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt 90%",
            "III|2.3.3b|GE|100|DIGITISATION_RATE|tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%",
            "III|2.3.3c|GE|100|E_RESULT_RATE|tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%",
            "III|2.3.3d|GE|60|REUSE_RATE|tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu từ 60%",
            "III|2.3.4|GE|95|-|Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt tối thiểu 95%",
            "III|2.3.4b|GE|99.9|ON_TIME_RATE|tỷ lệ hồ sơ thủ tục hành chính do các cơ quan, đơn vị tiếp nhận trong năm được giải quyết trước và đúng hạn đạt 99,9% trở lên",
            "III|2.3.4c|GE|100|PAKN_ON_TIME_RATE|tỷ lệ xử lý phản ánh, kiến nghị đúng hạn 100%",
            "V|2.5.1|GT|90|-|Trên 90% cán bộ, công chức, viên chức phường đạt chuẩn chức danh, vị trí việc làm và khung năng lực theo quy định",
            "VI|2.6.1|GE|100|-|100% các cơ quan, đơn vị sự nghiệp phường ban hành quy chế quản lý, sử dụng tài sản công đúng quy định",
            "VII|2.7.1|GE|80|-|Đạt từ 80% hồ sơ công việc của các cơ quan chuyên môn phường được tạo lập dưới dạng điện tử (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)");

    @Test
    void seed003TargetsAreItsGoalsWithThresholds() {
        assertTargets(SEED_003, SEED_003_TARGETS);
    }

    @Test
    void seed002TargetsAreItsSpecificTargetsInProse() {
        assertTargets(SEED_002, SEED_002_TARGETS);
    }

    @Test
    void seed001StatesOneTargetInItsGoals() {
        List<DraftTarget> targets = PlanReader.read(PastedText.seed(SEED_001), DEMO).targets();
        assertThat(targets).extracting(DraftTarget::text).containsExactly("100% cán bộ, công chức, nhân viên, người"
                + " hoạt động không chuyên trách hiểu rõ được trách nhiệm cá nhân trong công tác cải cách hành chính,"
                + " nỗ lực thực hiện tốt nhiệm vụ được giao");
    }

    @Test
    void theSeedsStateNoDatesOutsideTheirTasksAndAppendices() {
        // Seed 001's "trước ngày 25/11/2025" are in its appendix table; "trước ngày 30 hàng tháng" recurs.
        for (String seed : List.of(SEED_001, SEED_002, SEED_003)) {
            assertThat(PlanReader.read(PastedText.seed(seed), DEMO).dates()).as(seed).isEmpty();
        }
    }

    private static void assertTargets(String seed, List<String> expected) {
        SourceDocument doc = PastedText.seed(seed);
        List<DraftTarget> targets = PlanReader.read(doc, DEMO).targets();
        assertThat(targets).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            String[] e = expected.get(i).split("\\|");
            DraftTarget t = targets.get(i);
            assertThat(t.text()).isEqualTo(e[5]);
            assertThat(t.areaCode()).as(e[5]).isEqualTo(e[0].equals("-") ? null : e[0]);
            assertThat(t.code()).as(e[5]).isEqualTo(e[1]);
            assertThat(t.comparator()).as(e[5]).isEqualTo(Comparator.valueOf(e[2]));
            assertThat(t.threshold()).as(e[5]).isEqualByComparingTo(new BigDecimal(e[3]));
            assertThat(t.indicatorCode()).as(e[5]).isEqualTo(e[4].equals("-") ? null : e[4]);
            String source = SearchText.key(doc.text(t.span().first(), t.span().last()).replace('\n', ' '));
            assertThat(source).as(e[5]).contains(SearchText.key(e[5]).substring(0, Math.min(20, e[5].length())));
        }
    }
}
