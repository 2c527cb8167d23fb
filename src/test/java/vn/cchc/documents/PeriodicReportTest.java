package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.plan.PlanService;
import vn.cchc.progress.ReportService;
import vn.cchc.shared.Conflict;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.RegisterEntries;

/** The Quý I 2026 report of {@link PeriodicReportScene}, drafted, edited, generated and submitted. */
@IntegrationTest
class PeriodicReportTest {

    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired ReportService reports;
    @Autowired PeriodicReports periodic;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired RegisterEntries registers;

    PeriodicReportScene scene;

    @BeforeEach
    void scene() {
        scene = new PeriodicReportScene(fixture, plans, reports, clock, jdbc, planService);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PeriodicReports.Draft draft() {
        return periodic.draft(scene.c.standingAgency(), scene.planId, "QUARTER_1");
    }

    @Test
    void sectionTwoIsDraftedFromAcceptedNarrativesAndTheAreasFigures() {
        PeriodicReports.Draft d = draft();
        assertThat(d.window().from()).hasToString("2025-12-15");
        assertThat(d.window().to()).hasToString("2026-03-14");
        assertThat(d.window().due()).hasToString("2026-03-20");
        String institutions = d.texts().get("II_II");
        assertThat(institutions).startsWith("Trong kỳ có 2 lượt nhiệm vụ đến hạn: hoàn thành đúng hạn 1, hoàn thành"
                + " trễ hạn 0, quá hạn chưa hoàn thành 1, chưa đến hạn 0.")
                .contains(": Đã rà soát 5 văn bản quy phạm pháp luật")
                .doesNotContain("Lời văn còn nháp");
        String procedures = d.texts().get("II_III");
        assertThat(procedures).startsWith("Trong kỳ có 1 lượt nhiệm vụ đến hạn: hoàn thành đúng hạn 0,")
                .contains("quá hạn chưa hoàn thành 1").contains("Tiếp nhận 0 hồ sơ thủ tục hành chính")
                .doesNotContain("Lời văn bị trả lại");
        assertThat(d.texts().get("IV")).contains("- Đánh giá công chức quý I (").doesNotContain("Rà soát");
        assertThat(d.texts().get("III_1")).isEmpty();
        assertThat(d.sections()).extracting(PeriodicDrafts.Section::key)
                .containsExactly("I", "II_II", "II_III", "II_IV", "II_V", "II_VI", "II_VII", "II_VIII",
                        "III_1", "III_2", "III_3", "IV", "V");
    }

    /**
     * Window 15/12/2025–14/03/2026 seen on 10/03/2026, three active units. Inspections: office 20/12/2025, culture
     * 15/02/2026, centre 01/12/2025 (before the window) → 2 held, 2/3 units = 66,67%. Findings of the window's
     * inspections: due 31/01 fixed 20/01 (on time), due 28/02 open (overdue on 10/03), due 31/03 open (not yet due), and
     * of the centre's earlier one due 31/12/2025 open (not this window's) → 3 found, 1 fixed (1 on time), 1 overdue.
     * Articles: office 10/01 and 10/02, culture 05/03, centre 14/12/2025 → 3 of 2 units. An initiative proposed 05/01
     * and applied 01/03 → 1, 1, 0. No dialogue: no dialogue sentence.
     */
    @Test
    void sectionOneStatesTheRegistersFiguresForTheWindowNamingEachRegister() {
        Fixture.Commune c = scene.c;
        long office = registers.inspection(c, c.officeUnit(), "2025-12-20");
        long culture = registers.inspection(c, c.cultureUnit(), "2026-02-15");
        long centre = registers.inspection(c, c.centreUnit(), "2025-12-01");
        registers.finding(c, office, c.officeUnit(), "2026-01-31", "2026-01-20");
        registers.finding(c, culture, c.cultureUnit(), "2026-02-28", null);
        registers.finding(c, culture, c.centreUnit(), "2026-03-31", null);
        registers.finding(c, centre, c.centreUnit(), "2025-12-31", null);
        registers.article(c, c.officeUnit(), "2026-01-10");
        registers.article(c, c.officeUnit(), "2026-02-10");
        registers.article(c, c.cultureUnit(), "2026-03-05");
        registers.article(c, c.centreUnit(), "2025-12-14");
        registers.initiative(c, c.cultureUnit(), "2026-01-05", "2026-03-01", null);

        assertThat(draft().texts().get("I")).isEqualTo("""
                Kiểm tra CCHC: tổ chức 2 cuộc kiểm tra, đã kiểm tra 2/3 đơn vị (66,67%); phát hiện 3 vấn đề, đã \
                khắc phục 1 (đúng hạn 1), quá hạn chưa khắc phục 1 (theo Sổ theo dõi kiểm tra CCHC).
                Tuyên truyền CCHC: 3 tin, bài của 2 đơn vị (theo Sổ theo dõi tuyên truyền CCHC).
                Sáng kiến, mô hình mới: đề xuất 1, đưa vào áp dụng 1, được công nhận 0 (theo Sổ theo dõi sáng \
                kiến, mô hình mới).""");
    }

    @Test
    void everySaveThatChangesASectionAppendsAVersionAndAStaleFormIsRefused() {
        PeriodicForm form = form(draft(), 0);
        form.getSections().put("I", "Đã ban hành kế hoạch và giao nhiệm vụ.");
        periodic.save(scene.c.standingAgency(), scene.planId, "QUARTER_1", form, null);
        PeriodicForm second = form(draft(), 1);
        second.getSections().put("I", "Đã ban hành kế hoạch, giao 4 nhiệm vụ.");
        periodic.save(scene.c.leader(), scene.planId, "QUARTER_1", second, null);

        List<PeriodicReportRepository.SectionVersion> history = periodic.history(draft());
        assertThat(history.stream().filter(v -> v.key().equals("I")))
                .extracting(PeriodicReportRepository.SectionVersion::body)
                .containsExactly("Đã ban hành kế hoạch, giao 4 nhiệm vụ.", "Đã ban hành kế hoạch và giao nhiệm vụ.");
        assertThat(history).hasSize(13 + 1);
        assertThat(history.get(0).savedBy()).isNotBlank();

        PeriodicForm stale = form(draft(), 1);
        stale.getSections().put("I", "Ghi đè");
        assertThatThrownBy(() -> periodic.save(scene.c.admin(), scene.planId, "QUARTER_1", stale, null))
                .isInstanceOf(Conflict.class);
        assertThat(draft().texts().get("I")).isEqualTo("Đã ban hành kế hoạch, giao 4 nhiệm vụ.");
        assertThat(periodic.history(draft())).hasSize(14);
    }

    @Test
    void reDraftingOneSectionKeepsTheEditsOfTheOthersAndIsItselfAVersion() {
        PeriodicForm form = form(draft(), 0);
        form.getSections().put("II_II", "Lời tự viết về thể chế");
        form.getSections().put("V", "Đề nghị tập huấn");
        periodic.save(scene.c.standingAgency(), scene.planId, "QUARTER_1", form, null);
        PeriodicForm again = form(draft(), 1);
        periodic.save(scene.c.standingAgency(), scene.planId, "QUARTER_1", again, "II_II");

        PeriodicReports.Draft d = draft();
        assertThat(d.texts().get("II_II")).startsWith("Trong kỳ có 2 lượt nhiệm vụ");
        assertThat(d.texts().get("V")).isEqualTo("Đề nghị tập huấn");
        assertThat(periodic.history(d).stream().filter(v -> v.key().equals("II_II")))
                .extracting(v -> v.versionNo() + ":" + v.drafted())
                .containsExactly("2:true", "1:false");
    }

    @Test
    void whenTheFiguresMoveAfterDraftingTheSectionSaysSoAndKeepsItsText() {
        PeriodicForm form = form(draft(), 0);
        form.getSections().put("V", "Đề nghị tập huấn");
        periodic.save(scene.c.standingAgency(), scene.planId, "QUARTER_1", form, null);
        assertThat(draft().dataChangedSince()).isEmpty();
        String before = draft().texts().get("II_II");

        // A new task of area II due in the window changes what the figures draft for that part.
        planService.addTask(scene.c.standingAgency(), scene.planId, Plans.taskForm("II", "E", "Phổ biến luật mới",
                "Trước ngày 01/03/2026", scene.c.officeUnit()));

        PeriodicReports.Draft d = draft();
        assertThat(d.dataChangedSince()).containsOnlyKeys("II_II");
        assertThat(d.texts().get("II_II")).isEqualTo(before);
        assertThat(d.sections().stream().filter(s -> s.key().equals("II_II")).findFirst().orElseThrow().draft())
                .isNotEqualTo(before).startsWith("Trong kỳ có 3 lượt nhiệm vụ");
        assertThat(d.texts().get("V")).isEqualTo("Đề nghị tập huấn");
    }

    @Test
    void submittingFreezesTheDocumentAndTheDatabaseRefusesToChangeIt() {
        PeriodicForm form = form(draft(), 0);
        form.setNumber(31);
        periodic.submit(scene.c.standingAgency(), scene.planId, "QUARTER_1", form);
        PeriodicForm changed = form(draft(), 2);
        changed.getSections().put("V", "Đề nghị bổ sung biên chế");
        periodic.submit(scene.c.standingAgency(), scene.planId, "QUARTER_1", changed);

        PeriodicReports.Draft d = draft();
        assertThat(d.head().orElseThrow().status()).isEqualTo("SUBMITTED");
        assertThat(periodic.submissions(d)).extracting(PeriodicReportRepository.Submission::versionNo)
                .containsExactly(2, 1);
        assertThat(jdbc.sql("""
                        select sections ->> 'V' from periodic_report_submission
                        where report_id = ? order by version_no""").param(d.head().orElseThrow().id())
                .query(String.class).list()).containsExactly("", "Đề nghị bổ sung biên chế");
        byte[] first = periodic.submitted(scene.c.standingAgency(), scene.planId, "QUARTER_1", 1).docx();
        assertThat(vn.cchc.shared.Sha256.hex(first)).isEqualTo(periodic.submissions(d).get(1).sha256());
        assertThatThrownBy(() -> jdbc.sql("update periodic_report_submission set sha256 = repeat('0', 64)"
                + " where report_id = ?").param(d.head().orElseThrow().id()).update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("delete from periodic_report_section where report_id = ?")
                .param(d.head().orElseThrow().id()).update())
                .hasMessageContaining("never changed");
    }

    @Test
    void theGeneratedDocumentHasTheHeaderTheFiveSectionsAndTheAnnexFigures() throws IOException {
        PeriodicForm form = form(draft(), 0);
        form.setNumber(31);
        form.getSections().put("III_1", "Hoàn thành đúng hạn nhiệm vụ rà soát văn bản.");
        periodic.save(scene.c.standingAgency(), scene.planId, "QUARTER_1", form, null);
        byte[] docx = periodic.docx(scene.c.standingAgency(), scene.planId, "QUARTER_1").docx();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String header = doc.getTables().get(0).getText();
            assertThat(header).contains("ỦY BAN NHÂN DÂN").contains("Số: 31/BC-UBND")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("ngày 10 tháng 3 năm 2026");
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2026",
                    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                    "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "1. Cải cách thể chế",
                    "2. Cải cách thủ tục hành chính", "III. ĐÁNH GIÁ CHUNG",
                    "Hoàn thành đúng hạn nhiệm vụ rà soát văn bản.",
                    "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM KỲ TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ");
            assertThat(paragraphs.stream().filter(p -> p.startsWith("Căn cứ Kế hoạch số 123/QĐ-UBND")))
                    .hasSize(1);
            assertThat(rows(table(doc, "Lĩnh vực"))).containsSubsequence(
                    "1|Cải cách thể chế|2|1|0|1|0", "2|Cải cách thủ tục hành chính|1|0|0|1|0",
                    "|Tổng cộng|3|1|0|2|0");
            assertThat(rows(table(doc, "Cơ quan, đơn vị"))).hasSize(1 + 3);
            List<String> overdue = rows(table(doc, "Lý do"));
            assertThat(overdue).hasSize(1 + 2);
            // "Trước ngày 25/02" is due on the 24th; the rows follow the plan's order (area II before III).
            assertThat(overdue.subList(1, 3)).containsExactly(
                    "1|Tuyên truyền pháp luật|Phòng Văn hóa – Xã hội|24/02/2026|Chưa có báo cáo được chấp nhận",
                    "2|Số hóa hồ sơ tồn đọng|Trung tâm Phục vụ hành chính công|14/02/2026|"
                            + "Chưa có báo cáo được chấp nhận");
            XWPFTable dossiers = table(doc, "Số hồ sơ nhận giải quyết");
            assertThat(row(dossiers.getRow(0))).isEqualTo("STT|Lĩnh vực|Số hồ sơ nhận giải quyết|"
                    + "Số hồ sơ đã giải quyết|Số hồ sơ đang giải quyết");
            assertThat(row(dossiers.getRow(1))).isEqualTo("||Tổng số|Trực tuyến|Trực tiếp, dịch vụ bưu chính|"
                    + "Từ kỳ trước|Tổng số|Trước hạn|Đúng hạn|Quá hạn|Tổng số|Trong hạn|Quá hạn");
            assertThat(rows(dossiers).get(rows(dossiers).size() - 1)).isEqualTo("|Tổng cộng|0|0|0|0|0|0|0|0|0|0|0");
            assertThat(rows(table(doc, "Điểm tối đa")).get(rows(table(doc, "Điểm tối đa")).size() - 1))
                    .startsWith("|Tổng điểm|");
            assertThat(rows(table(doc, "Tài liệu"))).containsExactly("STT|Tài liệu|Số, ngày|Đơn vị|Nhiệm vụ",
                    "1|Báo cáo kết quả rà soát văn bản|Số 15/BC-UBND ngày 16/01/2026|VP|Rà soát văn bản quy phạm");
        }
    }

    @Test
    void theStatisticsAnnexIsAWorkbookWithCountsAsNumbers() throws IOException {
        byte[] xlsx = periodic.statistics(scene.c.standingAgency(), scene.planId, "QUARTER_1").docx();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var info = book.getSheet("Thông tin");
            assertThat(info.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 12, 15));
            assertThat(info.getRow(4).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 3, 14));
            var byArea = book.getSheet("Nhiệm vụ theo lĩnh vực");
            assertThat(byArea.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Cải cách thể chế");
            assertThat(byArea.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(byArea.getRow(1).getCell(5).getNumericCellValue()).as("overdue").isEqualTo(1);
            assertThat(byArea.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(byArea.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3);
            var form06a = book.getSheet("Biểu II.06a");
            assertThat(form06a.getRow(0).getLastCellNum()).isEqualTo((short) 13);
            assertThat(form06a.getRow(0).getCell(12).getStringCellValue()).isEqualTo("(13) Quá hạn");
            assertThat(form06a.getRow(form06a.getLastRowNum()).getCell(2).getNumericCellValue()).isZero();
            assertThat(book.getSheet("Chỉ số 766")).isNotNull();
        }
    }

    private static XWPFTable table(XWPFDocument doc, String header) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0) != null
                        && t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + header));
    }

    private static List<String> rows(XWPFTable table) {
        return table.getRows().stream().map(PeriodicReportTest::row).toList();
    }

    private static String row(XWPFTableRow row) {
        return String.join("|", row.getTableCells().stream().map(c -> c.getText().strip()).toList());
    }

    static PeriodicForm form(PeriodicReports.Draft d, int version) {
        PeriodicForm form = new PeriodicForm();
        form.setVersion(version);
        form.setNumber(d.header().number());
        form.setDate(d.header().date());
        form.setAuthority(d.header().authority());
        form.setSignerName(d.header().signerName());
        form.setRecipients(d.header().recipients());
        form.setSections(new java.util.LinkedHashMap<>(d.texts()));
        return form;
    }
}
