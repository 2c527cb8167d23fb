package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** The review of an imported draft and the plan made of it, on seed 003's text with hand-transcribed findings. */
@IntegrationTest
class PlanImportWebTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ImportDrafts drafts;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long draftId;
    CurrentUser editor;

    @BeforeEach
    void draftOfSeed003() {
        c = fixture.commune();
        editor = c.standingAgency();
        draftId = drafts.store(editor, ImportDrafts.seed003(c));
    }

    private MultiValueMap<String, String> pageAsShown() {
        return ReviewPosts.of(ReviewForm.of(ImportDrafts.seed003(c), 2026));
    }

    @Test
    void reviewPageShowsEachItemWithItsSourceLinesConfidenceAndDeadline() throws Exception {
        String page = mvc.perform(get("/plans/import/" + draftId).with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Nhiệm vụ (5)", "Chỉ tiêu (1)")
                .contains("Nguồn: dòng 39–41", "Nguồn: dòng 53–56", "Nguồn: dòng 13–14")
                .contains("39  1.1. Xây dựng Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 và kế")
                .contains("41  - Thời gian thực hiện: Tháng 7/2025.")
                .contains("value=\"Kế hoạch Cải cách hành chính Nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Chí Minh\"")
                .contains("Văn bản ghi: Văn phòng HĐND&UBND.");
        // 1.1 "Tháng 7/2025" is due at the month's end, already past on the fixture's clock (30/11/2026), said as a
        // warning; 1.3 (MEDIUM), 1.4 (LOW) and the target (MEDIUM) are flagged.
        assertThat(card(page, "task-0")).contains("Tháng 7/2025: hạn chót 31/07/2025.", "Chắc chắn")
                .contains("1 ngày đến hạn đã qua (sớm nhất 31/07/2025").doesNotContain("Cần kiểm tra");
        assertThat(card(page, "task-2")).contains("Tương đối", "Cần kiểm tra");
        assertThat(card(page, "task-3")).contains("Không chắc", "Cần kiểm tra");
        assertThat(page.split(">Cần kiểm tra</span>", -1)).hasSize(4); // three flagged items
    }

    @Test
    void createMakesTheDraftPlanWithExactlyTheIncludedItemsAndTheEditedLead() throws Exception {
        MultiValueMap<String, String> form = pageAsShown();
        form.set("tasks[1].include", "false");                           // drop 1.2
        form.set("tasks[0].leadUnitId", String.valueOf(c.officeUnit())); // 1.1 led by the office instead
        MvcResult created = mvc.perform(post("/plans/import/" + draftId + "/create").params(form)
                        .with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long planId = jdbc.sql("select id from plan where commune_id = ?").param(c.id()).query(Long.class).single();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + planId);

        Map<String, Object> plan = jdbc.sql("select title, kind, period_code, status from plan where id = ?")
                .param(planId).query().singleRow();
        assertThat(plan).containsEntry("kind", "HALF_YEAR").containsEntry("period_code", "2025S2")
                .containsEntry("status", "DRAFT")
                .containsEntry("title", "Kế hoạch Cải cách hành chính Nhà nước 6 tháng cuối năm 2025 trên địa bàn xã Chí Minh");
        assertThat(jdbc.sql("select code || ':' || lead_unit_id from plan_task where plan_id = ? order by ordinal")
                .param(planId).query(String.class).list())
                .containsExactly("1.1:" + c.officeUnit(), "1.3:" + c.cultureUnit(), "1.4:" + c.cultureUnit(),
                        "2.1:" + c.officeUnit());
        // "Các cơ quan chuyên môn, trung tâm phục vụ HCC": every unit but the lead coordinates.
        assertThat(jdbc.sql("""
                        select k.unit_id from plan_task_coordinator k join plan_task t on t.id = k.task_id
                        where t.plan_id = ? and t.code = '1.1' order by k.unit_id""")
                .param(planId).query(Long.class).list()).containsExactly(c.cultureUnit(), c.centreUnit());
        assertThat(jdbc.sql("select code || ':' || metric_kind || ':' || comparator || ':' || threshold::int from plan_target where plan_id = ?")
                .param(planId).query(String.class).list()).containsExactly("2:PERCENT:GE:95");
        assertThat(jdbc.sql("select status || ':' || plan_id from plan_import_draft where id = ?").param(draftId)
                .query(String.class).single()).isEqualTo("CREATED:" + planId);

        mvc.perform(post("/plans/import/" + draftId + "/create").params(form).with(user(editor)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(plans()).isEqualTo(1);
    }

    @Test
    void aRefusedCreateStoresNothingAndShowsTheMessageBesideItsTask() throws Exception {
        MultiValueMap<String, String> form = pageAsShown();
        form.set("tasks[1].include", "false");
        form.set("tasks[3].leadUnitId", "");
        form.set("title", "Tên đã sửa nhưng chưa lưu");
        String page = mvc.perform(post("/plans/import/" + draftId + "/create").params(form)
                        .with(user(editor)).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape);
        assertThat(card(page, "task-3")).contains("row-errors", "Trường này là bắt buộc.", "is-invalid");
        assertThat(List.of(card(page, "task-0"), card(page, "task-2"), card(page, "task-4")))
                .allSatisfy(other -> assertThat(other).doesNotContain("row-errors"));
        assertThat(page).contains("value=\"Tên đã sửa nhưng chưa lưu\"");
        assertThat(plans()).isZero();
        assertThat(jdbc.sql("select status || ':' || (review is null) from plan_import_draft where id = ?")
                .param(draftId).query(String.class).single()).isEqualTo("DRAFT:true");
    }

    @Test
    void savedEditsAndMergesAreThereWhenTheReviewerComesBack() throws Exception {
        MultiValueMap<String, String> form = pageAsShown();
        form.set("tasks[4].code", "2.1a");
        form.set("tasks[3].mergeWithPrevious", "true"); // 1.4 was read as a task of its own: fold it into 1.3
        mvc.perform(post("/plans/import/" + draftId).params(form).with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/plans/import/" + draftId).with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Nhiệm vụ (4)", "value=\"2.1a\"", "Nguồn: dòng 44–47")
                .contains("công tác cải cách hành chính. Tổ chức điều tra xã hội học đánh giá mức độ hài lòng của người dân</textarea>");
    }

    @Test
    void aDiscardedDraftCannotBeCreated() throws Exception {
        mvc.perform(post("/plans/import/" + draftId + "/discard").with(user(c.admin())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/import/" + draftId + "/create").params(pageAsShown()).with(user(editor)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(plans()).isZero();
    }

    @Test
    void anotherCommunesEditorFindsNoDraftAndChangesNothing() throws Exception {
        CurrentUser stranger = fixture.commune().standingAgency();
        mvc.perform(get("/plans/import/" + draftId).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/plans/import/" + draftId).params(pageAsShown()).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/import/" + draftId + "/create").params(pageAsShown()).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/import/" + draftId + "/discard").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status || ':' || (review is null) from plan_import_draft where id = ?")
                .param(draftId).query(String.class).single()).isEqualTo("DRAFT:true");
    }

    @Test
    void aViewerMayNotImportOrReview() throws Exception {
        mvc.perform(get("/plans/import").with(user(c.viewer()))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/import/" + draftId).with(user(c.viewer()))).andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/import").param("text", "1. Nhiệm vụ").with(user(c.viewer())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/import/" + draftId + "/create").params(pageAsShown()).with(user(c.viewer())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(plans()).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/plans/import/" + draftId + "/create").params(pageAsShown()).with(user(editor)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/import").param("text", ImportDrafts.seedText(ImportDrafts.SEED_003)).with(user(editor)))
                .andExpect(status().isForbidden());
        assertThat(plans()).isZero();
        assertThat(draftsOfCommune()).isEqualTo(1);
    }

    @Test
    void textOverTheSizeLimitIsRefusedWith413AndKeptOnTheForm() throws Exception {
        String text = "KẾ HOẠCH QUÁ DÀI\n" + "x".repeat(10 * 1024 * 1024);
        String page = mvc.perform(multipart("/plans/import").param("text", text).with(user(editor)).with(csrf()))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Văn bản quá lớn: tối đa 10 MB.", ">KẾ HOẠCH QUÁ DÀI\nxxxx");
        assertThat(draftsOfCommune()).isEqualTo(1);
    }

    @Test
    void textThatIsNotAPlanIsRefusedOnTheFormAndNothingIsStored() throws Exception {
        String minutes = "BIÊN BẢN HỌP\nHôm nay, các thành viên dự họp đã thống nhất nội dung sinh hoạt chi bộ.";
        String page = mvc.perform(multipart("/plans/import").param("text", minutes).with(user(editor)).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape);
        assertThat(page).contains("Không tìm thấy chỉ tiêu hay nhiệm vụ nào trong văn bản này", "sinh hoạt chi bộ.</textarea>");
        mvc.perform(multipart("/plans/import").param("text", "  ").with(user(editor)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(draftsOfCommune()).isEqualTo(1);
    }

    @Test
    void thePlansListOffersTheImportToPlanEditorsOnly() throws Exception {
        assertThat(mvc.perform(get("/plans").with(user(editor))).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape))
                .contains("href=\"/plans/import\"");
        assertThat(mvc.perform(get("/plans").with(user(c.viewer()))).andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape))
                .doesNotContain("href=\"/plans/import\"");
        assertThat(mvc.perform(get("/plans/import").with(user(c.admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().transform(HtmlUtils::htmlUnescape)).contains("href=\"/plans/import/" + draftId + "\"");
    }

    /** The part of the page from the card with this id to the next card. */
    private static String card(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("card %s", id).isPositive();
        int next = page.indexOf("import-item", start + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    private long plans() {
        return jdbc.sql("select count(*) from plan where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    private long draftsOfCommune() {
        return jdbc.sql("select count(*) from plan_import_draft where commune_id = ?").param(c.id())
                .query(Long.class).single();
    }
}
