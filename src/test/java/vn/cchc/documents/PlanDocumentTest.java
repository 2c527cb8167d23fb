package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** The plan as an ND 30 document: header, grounds, appendices in the seeds' columns; only its makers get it. */
@IntegrationTest
class PlanDocumentTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired JdbcClient jdbc;

    @Test
    void thePlanDocumentCarriesTheHeaderAndBothAppendicesRowByRow() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        // Typed on a phone in decomposed form: the document must carry the composed (NFC) text.
        String decomposed = Normalizer.normalize("Rà soát thủ tục hành chính", Normalizer.Form.NFD);
        jdbc.sql("update plan set legal_bases = ?, decision_number = '12/KH-UBND', decision_date = date '2026-01-05'"
                        + " where id = ?")
                .params("Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh", plan).update();
        plans.task(c.standingAgency(), plan, "1", "Quý III", c.centreUnit(), c.officeUnit());
        planService.addTask(c.standingAgency(), plan, Plans.taskForm("I", "2", decomposed, "Thường xuyên",
                c.cultureUnit()));
        TargetForm target = new TargetForm();
        target.setAreaCode("III");
        target.setCode("1");
        target.setText("Tỷ lệ hồ sơ trực tuyến");
        target.setThreshold("75,5");
        target.setResponsibleUnitId(c.centreUnit());
        planService.addTarget(c.standingAgency(), plan, target);

        byte[] docx = mvc.perform(get("/plans/" + plan + "/document.docx").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        DocxReader doc = DocxReader.of(docx);
        String text = doc.text();
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG THỬ " + c.tag().toUpperCase(),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-UBND",
                "thử " + c.tag() + ", ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "Kế hoạch CCHC 2026",
                "Căn cứ Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh.",
                "Kế hoạch đặt 1 chỉ tiêu", "Kế hoạch giao 2 nhiệm vụ thuộc 2 lĩnh vực",
                "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của UBND phường thử " + c.tag() + ")",
                "TM. ỦY BAN NHÂN DÂN", "Người dùng " + c.tag() + ".chutich", "- Lưu: VT, VH-XH.");
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
        // tables: header (0), signature (1), targets (2), tasks (3)
        assertThat(doc.rows(2)).containsExactly(
                List.of("STT", "Chỉ tiêu/Chỉ tiêu thành phần", "Chỉ tiêu phấn đấu",
                        "Đơn vị theo dõi, hướng dẫn thực hiện"),
                List.of("1", "Tỷ lệ hồ sơ trực tuyến", "≥ 75,5%", "Trung tâm Phục vụ hành chính công"));
        List<List<String>> tasks = doc.rows(3);
        assertThat(tasks).hasSize(5);
        assertThat(tasks.get(1)).containsExactly("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "", "", "",
                "");
        assertThat(tasks.get(2)).containsExactly("1", "Rà soát thủ tục hành chính", "Báo cáo",
                "Phòng Văn hóa – Xã hội", "", "Thường xuyên");
        assertThat(tasks.get(3).get(0)).isEqualTo("III");
        assertThat(tasks.get(4)).containsExactly("2", "Nhiệm vụ 1", "Báo cáo", "Trung tâm Phục vụ hành chính công",
                "Văn phòng HĐND và UBND", "Quý III");
        a4TimesNewRomanWithNd30Margins(doc);
    }

    @Test
    void onlyTheStandingAgencyTheChairmanAndTheAdminMakeIt() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        for (CurrentUser maker : List.of(c.standingAgency(), c.leader(), c.admin())) {
            mvc.perform(get("/plans/" + plan + "/document.docx").with(user(maker))).andExpect(status().isOk());
        }
        for (CurrentUser other : List.of(c.unitHead(), c.unitStaff(), c.viewer(), c.provinceAdmin(), c.appraiser())) {
            mvc.perform(get("/plans/" + plan + "/document.docx").with(user(other)))
                    .andExpect(status().isForbidden());
        }
        Fixture.Commune elsewhere = fixture.commune();
        mvc.perform(get("/plans/" + plan + "/document.docx").with(user(elsewhere.standingAgency())))
                .andExpect(status().isNotFound());
        assertThat(planPage(c.standingAgency(), plan)).contains("/document.docx").contains("/document.pdf");
        for (CurrentUser reader : List.of(c.unitHead(), c.unitStaff(), c.viewer())) {
            assertThat(planPage(reader, plan)).doesNotContain("/document.docx").doesNotContain("/document.pdf");
        }
    }

    private String planPage(CurrentUser as, long plan) throws Exception {
        return mvc.perform(get("/plans/" + plan).with(user(as))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static void a4TimesNewRomanWithNd30Margins(DocxReader doc) {
        CTSectPr first = doc.document().getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
        assertThat(first.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(first.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(first.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(first.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        assertThat(first.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(first.isSetTitlePg()).as("no page number on page 1").isTrue();
        CTSectPr appendices = doc.document().getDocument().getBody().getSectPr();
        assertThat(appendices.getPgSz().getW()).as("appendices in landscape").isEqualTo(BigInteger.valueOf(16838));
        doc.document().getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .forEach(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
    }
}
