package vn.cchc.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.pakn.PaknForm;
import vn.cchc.pakn.PaknService;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.shared.SearchQuery;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.VietnamTime;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The search box over one commune's rows of every kind, written through the owning modules (tasks, targets,
 * evidence, PAKN) or as their writers store them (report lines, ledger rows). By hand, "dang ky khai sinh" matches:
 * task T1 (and D1 of the draft plan for those who see drafts), target CT1, the office's Q1 report (its line's narrative), both evidence files, dossier HS-A (HS-B's
 * applicant is "Đăng" but it is no "khai sinh") and PA-01; nothing of the commune beside it.
 */
@IntegrationTest
class CommuneSearchTest {

    @Autowired CommuneSearch search;
    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired EvidenceService evidence;
    @Autowired PaknService pakn;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    Fixture.Commune other;
    long paknId;

    @BeforeEach
    void rowsOfEveryKind() {
        c = fixture.communeInOwnProvince();
        other = fixture.communeBeside(c);
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        long t1 = planService.addTask(c.standingAgency(), plan, Plans.taskForm("III", "T1",
                "Niêm yết thủ tục Đăng ký khai sinh tại bộ phận một cửa", "Quý III", c.officeUnit()));
        planService.addTask(c.standingAgency(), plan, Plans.taskForm("I", "T2", "Tuyên truyền cải cách hành chính",
                "Quý III", c.cultureUnit()));
        TargetForm target = new TargetForm();
        target.setAreaCode("III");
        target.setCode("CT1");
        target.setText("Tỷ lệ hồ sơ đăng ký khai sinh trực tuyến");
        target.setThreshold("90");
        planService.addTarget(c.standingAgency(), plan, target);
        report(c.id(), plan, c.officeUnit(), t1, "Đã niêm yết thủ tục đăng ký khai sinh");
        report(c.id(), plan, c.cultureUnit(), t1, "Đã tuyên truyền");
        evidence.upload(c.unitStaff(), null, EvidenceForm.titled("Biên bản niêm yết Đăng ký khai sinh",
                DocumentKind.BIEN_BAN), "bien-ban.pdf", new ByteArrayInputStream(EvidenceFiles.pdf("a")));
        evidence.upload(c.admin(), c.cultureUnit(), EvidenceForm.titled("Ảnh đăng ký khai sinh lưu động",
                DocumentKind.HINH_ANH), "anh.pdf", new ByteArrayInputStream(EvidenceFiles.pdf("b")));
        dossier(c.id(), "HS-A", "Đăng ký khai sinh", "Đặng Thị Hoa");
        dossier(c.id(), "HS-B", "Chứng thực bản sao", "Nguyễn Văn Đăng");
        dossier(c.id(), "HS_9", "Chứng thực chữ ký", "");
        dossier(c.id(), "HSX9", "Chứng thực chữ ký", "");
        paknId = pakn.save(c.standingAgency(), null, paknForm("PA-01", "Đề nghị rút ngắn thời gian đăng ký khai sinh"));

        long draft = plans.plan(c.standingAgency(), "2027");
        planService.addTask(c.standingAgency(), draft, Plans.taskForm("III", "D1", "Dự thảo rà soát đăng ký khai sinh",
                "Quý III", c.officeUnit()));

        long otherPlan = plans.issuedPlan(other.standingAgency(), "2026", PeriodType.QUARTER);
        planService.addTask(other.standingAgency(), otherPlan, Plans.taskForm("III", "T1", "Đăng ký khai sinh",
                "Quý III", other.officeUnit()));
        dossier(other.id(), "HS-A", "Đăng ký khai sinh", "Đặng Thị Hoa");
        pakn.save(other.standingAgency(), null, paknForm("PA-01", "Đăng ký khai sinh"));
    }

    @Test
    void aQueryWithoutDiacriticsFindsEachKindOfTheCommuneOnly() {
        Map<SearchKind, CommuneSearch.Group> groups = byKind(c.standingAgency(), "dang ky khai sinh");
        assertThat(titles(groups.get(SearchKind.TASK))).containsExactly("D1. Dự thảo rà soát đăng ký khai sinh",
                "T1. Niêm yết thủ tục Đăng ký khai sinh tại bộ phận một cửa");
        assertThat(titles(groups.get(SearchKind.TARGET))).containsExactly("CT1. Tỷ lệ hồ sơ đăng ký khai sinh trực tuyến");
        assertThat(titles(groups.get(SearchKind.UNIT_REPORT))).hasSize(1).allMatch(t -> t.endsWith("— Quý I/2026"));
        assertThat(titles(groups.get(SearchKind.EVIDENCE))).containsExactly("Ảnh đăng ký khai sinh lưu động",
                "Biên bản niêm yết Đăng ký khai sinh");
        assertThat(titles(groups.get(SearchKind.DOSSIER))).containsExactly("HS-A");
        assertThat(titles(groups.get(SearchKind.PAKN))).containsExactly("PA-01 — Đề nghị rút ngắn thời gian đăng ký khai sinh");
        assertThat(groups.get(SearchKind.PERIODIC_REPORT).total()).isZero();
        assertThat(groups.get(SearchKind.PAKN).results().get(0).href()).isEqualTo("/pakn/" + paknId);
        assertThat(groups.get(SearchKind.DOSSIER).results().get(0).href())
                .isEqualTo("/dossiers/list?period=2026&filter=RECEIVED&q=HS-A");
    }

    @Test
    void wordsAreAndedAndCountedBeyondTheFewShown() {
        // "dang" alone: HS-A (procedure, applicant Đặng) and HS-B (applicant Đăng); with "ban sao" only HS-B
        assertThat(titles(byKind(c.standingAgency(), "dang").get(SearchKind.DOSSIER))).containsExactly("HS-A", "HS-B");
        assertThat(titles(byKind(c.standingAgency(), "ban sao DANG").get(SearchKind.DOSSIER))).containsExactly("HS-B");
        // "chung thuc": three dossiers
        assertThat(byKind(c.standingAgency(), "chung thuc").get(SearchKind.DOSSIER).total()).isEqualTo(3);
    }

    @Test
    void aUnitUserSeesItsOwnUnitsReportsAndEvidenceAndNoPeriodicReports() {
        Map<SearchKind, CommuneSearch.Group> staff = byKind(c.unitStaff(), "dang ky khai sinh");
        assertThat(titles(staff.get(SearchKind.EVIDENCE))).containsExactly("Biên bản niêm yết Đăng ký khai sinh");
        assertThat(staff.get(SearchKind.UNIT_REPORT).total()).isEqualTo(1);
        assertThat(byKind(c.unitStaff(), "tuyen truyen").get(SearchKind.UNIT_REPORT).total()).isZero();
        assertThat(byKind(c.standingAgency(), "tuyen truyen").get(SearchKind.UNIT_REPORT).total()).isEqualTo(1);
        // the viewer reads the PAKN list, not an item's form
        assertThat(byKind(c.viewer(), "dang ky khai sinh").get(SearchKind.PAKN).results().get(0).href())
                .isEqualTo("/pakn?period=" + VietnamTime.today(clock).minusDays(3).getYear() + "&q=PA-01");
        assertThat(byKind(c.standingAgency(), "quy iii 2026").get(SearchKind.PERIODIC_REPORT).total()).isEqualTo(1);
        assertThat(byKind(c.unitStaff(), "quy iii 2026").get(SearchKind.PERIODIC_REPORT).total()).isZero();
    }

    @Test
    void aDraftPlansTasksAreFoundOnlyByThoseWhoSeeDrafts() {
        assertThat(titles(byKind(c.standingAgency(), "du thao").get(SearchKind.TASK)))
                .containsExactly("D1. Dự thảo rà soát đăng ký khai sinh");
        assertThat(byKind(c.unitStaff(), "du thao").get(SearchKind.TASK).total()).isZero();
        assertThat(byKind(c.viewer(), "du thao").get(SearchKind.TASK).total()).isZero();
    }

    @Test
    void likeWildcardsTypedAreSearchedAsThemselves() {
        assertThat(byKind(c.standingAgency(), "%%").values()).allMatch(g -> g.total() == 0);
        assertThat(titles(byKind(c.standingAgency(), "s_9").get(SearchKind.DOSSIER))).containsExactly("HS_9");
        assertThat(byKind(c.standingAgency(), "s\\9").get(SearchKind.DOSSIER).total()).isZero();
    }

    @Test
    void thePageHighlightsTheWordsAndOffersTheRestOfAKind() throws Exception {
        String html = mvc.perform(get("/search").param("q", "dang ky khai sinh").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<mark>Đăng</mark> <mark>ký</mark> <mark>khai</mark> <mark>sinh</mark>")
                .contains("href=\"/tasks/").doesNotContain("Đặng Thị Hoa</a>");
        String one = mvc.perform(get("/search").param("q", "chung thuc").param("kind", "DOSSIER")
                .with(user(c.standingAgency()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(one).contains("HS_9").contains("HSX9").doesNotContain("id=\"kind-TASK\"");
    }

    @Test
    void aQueryTooLongTooShortOrOfAnUnknownKindIsRefusedOnThePage() throws Exception {
        mvc.perform(get("/search").param("q", "a".repeat(201)).with(user(c.leader())))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Từ khóa dài quá 200 ký tự")));
        mvc.perform(get("/search").param("q", "a b").with(user(c.leader())))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "ít nhất một từ có 2 ký tự")));
        mvc.perform(get("/search").param("q", "dang").param("kind", "NOPE").with(user(c.leader())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/search").param("q", "a".repeat(200)).with(user(c.leader()))).andExpect(status().isOk());
    }

    @Test
    void provinceUsersHaveNoCommuneToSearch() throws Exception {
        mvc.perform(get("/search").param("q", "dang ky").with(user(c.provinceAdmin()))).andExpect(status().isNotFound());
    }

    private Map<SearchKind, CommuneSearch.Group> byKind(CurrentUser user, String q) {
        return search.search(user, SearchQuery.parse(q), null).stream()
                .collect(Collectors.toMap(CommuneSearch.Group::kind, g -> g));
    }

    private static List<String> titles(CommuneSearch.Group group) {
        return group.results().stream()
                .map(r -> r.title().stream().map(Highlight.Piece::text).collect(Collectors.joining())).toList();
    }

    private void report(long communeId, long planId, long unitId, long taskId, String narrative) {
        long id = jdbc.sql("""
                insert into unit_report (commune_id, plan_id, unit_id, period_code) values (?, ?, ?, '2026Q1')
                returning id""").params(communeId, planId, unitId).query(Long.class).single();
        jdbc.sql("""
                insert into unit_report_item (report_id, commune_id, task_id, role, status, percent, narrative)
                values (?, ?, ?, 'LEAD', 'IN_PROGRESS', 50, ?)""").params(id, communeId, taskId, narrative).update();
    }

    /** A ledger row as the importer writes it (StagingWriter's search text: code, procedure, officer, unit, applicant). */
    private void dossier(long communeId, String code, String procedure, String applicant) {
        jdbc.sql("""
                insert into dossier (commune_id, code, procedure_code, procedure_name, channel, received_at, due_at,
                                     applicant, search_text)
                values (?, ?, '1.001', ?, 'D', timestamptz '2026-01-05 08:00+07', timestamptz '2026-01-07 17:00+07', ?, ?)""")
                .params(communeId, code, procedure, applicant,
                        SearchText.key(code + " " + procedure + " " + applicant)).update();
    }

    private PaknForm paknForm(String code, String content) {
        PaknForm f = new PaknForm();
        f.setCode(code);
        f.setReceivedOn(VietnamTime.today(clock).minusDays(3));
        f.setContent(content);
        return f;
    }
}
