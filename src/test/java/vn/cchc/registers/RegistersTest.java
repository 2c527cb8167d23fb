package vn.cchc.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.MetricKind;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/** The three registers over HTTP, and the figures they give plan targets, counted by hand. */
@IntegrationTest
class RegistersTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;
    @Autowired IndicatorReadings indicators;
    @Autowired JdbcClient jdbc;
    @Autowired Plans plans;
    @Autowired PlanService planService;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        clock.setToday(LocalDate.of(2026, 5, 20));
        c = fixture.commune();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registersFeedTheirCountsAndRatesPerPeriodAndUnit() throws Exception {
        // initiatives: the office's applied in Q1, the centre's (applied 2025) recognised in Q2, the culture unit's
        // only proposed
        initiative(c.unitStaff(), c.officeUnit(), "05/01/2026", "10/02/2026", null, null, null);
        initiative(c.admin(), c.centreUnit(), "01/11/2025", "01/12/2025", "15/04/2026", "UBND tỉnh", "123/QĐ-UBND");
        initiative(c.standingAgency(), c.cultureUnit(), "01/03/2026", null, null, null, null);
        // dialogues: one in Q1, one in Q2, one in 2025
        dialogue("10/03/2026");
        dialogue("20/04/2026");
        dialogue("20/12/2025");
        // articles: the office in January (twice) and February, the culture unit in May, the centre in 2025
        article(c.unitStaff(), c.officeUnit(), "05/01/2026");
        article(c.unitStaff(), c.officeUnit(), "25/01/2026");
        article(c.standingAgency(), c.officeUnit(), "03/02/2026");
        article(c.standingAgency(), c.cultureUnit(), "02/05/2026");
        article(c.admin(), c.centreUnit(), "30/12/2025");
        // another commune's article in January counts only there
        Fixture.Commune other = fixture.commune();
        mvc.perform(articlePost(other.unitStaff(), other.officeUnit(), "06/01/2026", "https://example.vn/khac"))
                .andExpect(status().is3xxRedirection());

        // 3 active units: office and centre have an applied/recognised initiative in 2026 (2/3); Q1 the office
        // only, Q2 the centre only (1/3 each)
        assertThat(read("INITIATIVE_UNITS", Period.year(2026))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("66.67"));
        assertThat(read("INITIATIVE_UNITS", Period.quarter(2026, 1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("33.33"));
        assertThat(read("INITIATIVE_UNITS", Period.quarter(2026, 2))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("33.33"));
        assertThat(read("INITIATIVES_RECOGNISED", Period.year(2026))).contains(BigDecimal.ONE);
        assertThat(read("INITIATIVES_RECOGNISED", Period.quarter(2026, 1))).contains(BigDecimal.ZERO);
        assertThat(read("DIALOGUES", Period.half(2026, 1))).contains(BigDecimal.valueOf(2));
        assertThat(read("DIALOGUES", Period.quarter(2026, 1))).contains(BigDecimal.ONE);
        assertThat(read("DIALOGUES", Period.year(2025))).contains(BigDecimal.ONE);
        assertThat(read("ARTICLES", Period.year(2026))).contains(BigDecimal.valueOf(4));
        assertThat(read("ARTICLES", Period.quarter(2026, 1))).contains(BigDecimal.valueOf(3));
        // 2026 up to May: 5 months × 3 units = 15 pairs; office/Jan, office/Feb, culture/May = 3 → 20%
        assertThat(read("ARTICLE_UNIT_MONTHS", Period.year(2026))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20.00"));
        // Q1: 9 pairs, office/Jan and office/Feb → 2/9 = 22,22%
        assertThat(read("ARTICLE_UNIT_MONTHS", Period.quarter(2026, 1))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("22.22"));
        // Q3 has not started: no month to count yet
        assertThat(read("ARTICLE_UNIT_MONTHS", Period.quarter(2026, 3))).isEmpty();
        assertThat(indicators.groups()).anySatisfy(g -> assertThat(g.messageKey()).isEqualTo("registers.indicator.group"));

        // the lists filter by year and unit
        String office2026 = mvc.perform(get("/registers/propaganda").param("year", "2026")
                        .param("unit", String.valueOf(c.officeUnit())).with(user(c.viewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(office2026.split("Bài CCHC ", -1)).hasSize(4);
        String initiatives = mvc.perform(get("/registers/initiatives").param("year", "2026").with(user(c.leader())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(initiatives).contains("Đã áp dụng").contains("Đề xuất").doesNotContain("Đã công nhận");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
        String page = mvc.perform(initiativePost(c.standingAgency(), c.officeUnit(), "10/03/2026", null, "01/03/2026",
                        "UBND xã", "5/QĐ-UBND"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ngày công nhận không được trước ngày đề xuất.");
        page = mvc.perform(initiativePost(c.standingAgency(), c.officeUnit(), "10/03/2026", "12/03/2026", "01/04/2026",
                        "UBND xã", null))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Khi công nhận cần ghi đủ ngày công nhận, cơ quan công nhận và số quyết định.");
        page = mvc.perform(articlePost(c.standingAgency(), c.officeUnit(), "02/05/2026", "javascript:alert(1)"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đường dẫn phải bắt đầu bằng http:// hoặc https://.");
        page = mvc.perform(articlePost(c.standingAgency(), null, "02/05/2026", "https://example.vn/a"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trường này là bắt buộc.");
        mvc.perform(articlePost(c.standingAgency(), c.officeUnit(), "21/05/2026", "https://example.vn/a"))
                .andExpect(status().is(422));
        assertThat(rows("registers_initiative") + rows("registers_article")).isZero();
    }

    @Test
    void unitsKeepTheirOwnEntriesCoordinatorsAllAndOtherCommunesSeeNothing() throws Exception {
        long id = initiative(c.unitStaff(), c.officeUnit(), "05/01/2026", null, null, null, null);
        // the centre's head may not file or edit the office's initiative; a viewer files nothing
        mvc.perform(initiativePost(c.unitHead(), c.officeUnit(), "05/01/2026", null, null, null, null))
                .andExpect(status().is(422));
        mvc.perform(get("/registers/initiatives/" + id + "/edit").with(user(c.unitHead()))).andExpect(status().isForbidden());
        mvc.perform(initiativePost(c.viewer(), c.officeUnit(), "05/01/2026", null, null, null, null))
                .andExpect(status().isForbidden());
        // only the coordinators keep the dialogues
        mvc.perform(dialoguePost(c.leader(), "10/03/2026")).andExpect(status().isForbidden());
        mvc.perform(dialoguePost(c.unitStaff(), "10/03/2026")).andExpect(status().isForbidden());
        assertThat(rows("registers_initiative")).isEqualTo(1);
        assertThat(rows("registers_dialogue")).isZero();
        // the standing agency records the recognition; everyone of the commune reads it
        mvc.perform(form(post("/registers/initiatives/" + id), c.standingAgency(), c.officeUnit(), "05/01/2026",
                "01/02/2026", "01/03/2026", "UBND phường", "7/QĐ-UBND")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/registers/initiatives/" + id).with(user(c.viewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã công nhận").contains("7/QĐ-UBND").contains("01/03/2026");
        // another commune's people find nothing
        Fixture.Commune other = fixture.commune();
        mvc.perform(get("/registers/initiatives/" + id).with(user(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(form(post("/registers/initiatives/" + id), other.admin(), other.officeUnit(), "05/01/2026",
                null, null, null, null)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select title from registers_initiative where id = ?").param(id).query(String.class).single())
                .isEqualTo("Sáng kiến 05/01/2026");
    }

    @Test
    void aCountTargetReadsTheRegisterWithItsSourceAndMeetsItsThresholdAtTheSecondRecognition() throws Exception {
        long plan = plans.plan(c.standingAgency(), "2026");
        TargetForm t = new TargetForm();
        t.setAreaCode("III");
        t.setCode("1");
        t.setText("Ít nhất hai sáng kiến được công nhận");
        t.setMetricKind(MetricKind.COUNT);
        t.setComparator(Comparator.GE);
        t.setThreshold("2");
        t.setIndicatorCode("INITIATIVES_RECOGNISED");
        planService.addTarget(c.standingAgency(), plan, t);
        initiative(c.admin(), c.centreUnit(), "01/02/2026", null, "15/04/2026", "UBND tỉnh", "123/QĐ-UBND");
        assertThat(planPage(plan)).contains("Chưa đạt").contains("Số sáng kiến, mô hình mới được công nhận");
        initiative(c.admin(), c.officeUnit(), "01/02/2026", "01/03/2026", "10/05/2026", "UBND phường", "9/QĐ-UBND");
        assertThat(planPage(plan)).doesNotContain("Chưa đạt").contains(">Đạt<");
    }

    private String planPage(long plan) throws Exception {
        return mvc.perform(get("/plans/" + plan).with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Optional<BigDecimal> read(String code, Period period) {
        return indicators.read(c.id(), code, period);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    private long initiative(CurrentUser who, long unit, String proposed, String applied, String recognised, String by,
                            String decision) throws Exception {
        String location = mvc.perform(initiativePost(who, unit, proposed, applied, recognised, by, decision))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder initiativePost(CurrentUser who, long unit, String proposed, String applied,
                                                         String recognised, String by, String decision) {
        return form(post("/registers/initiatives"), who, unit, proposed, applied, recognised, by, decision);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder b, CurrentUser who, long unit,
                                                      String proposed, String applied, String recognised, String by,
                                                      String decision) {
        b.with(csrf()).with(user(who)).param("title", "Sáng kiến " + proposed).param("unitId", String.valueOf(unit))
                .param("proposedOn", proposed);
        if (applied != null) {
            b.param("appliedOn", applied);
        }
        if (recognised != null) {
            b.param("recognisedOn", recognised);
        }
        if (by != null) {
            b.param("recognisedBy", by);
        }
        if (decision != null) {
            b.param("decisionNumber", decision);
        }
        return b;
    }

    private void dialogue(String date) throws Exception {
        mvc.perform(dialoguePost(c.standingAgency(), date)).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder dialoguePost(CurrentUser who, String date) {
        return post("/registers/dialogues").with(csrf()).with(user(who)).param("heldOn", date).param("kind", "DIALOGUE")
                .param("title", "Đối thoại " + date).param("chair", "Chủ tịch UBND phường")
                .param("issues", "Thời gian chờ cấp giấy").param("answers", "Bổ sung quầy").param("followUp", "Mở thêm quầy")
                .param("followUpUnitId", String.valueOf(c.centreUnit())).param("followUpDue", "30/06/2026");
    }

    private void article(CurrentUser who, long unit, String date) throws Exception {
        mvc.perform(articlePost(who, unit, date, "https://example.vn/bai")).andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder articlePost(CurrentUser who, Long unit, String date, String link) {
        MockHttpServletRequestBuilder b = post("/registers/propaganda").with(csrf()).with(user(who))
                .param("title", "Bài CCHC " + date).param("channel", "COMMUNE_SITE").param("publishedOn", date)
                .param("link", link);
        return unit == null ? b : b.param("unitId", String.valueOf(unit));
    }
}
