package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * The whole flow on the real reader: seed 003 (xã Chí Minh, tasks in inline forms) pasted as text becomes a stored
 * draft whose review page shows the source lines, and a reviewed draft with one task dropped and one lead changed
 * becomes a plan with exactly the other tasks.
 */
@IntegrationTest
class PastedSeedImportTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;

    @Test
    void theSameTextSentTwiceLeadsBackToItsOpenDraftInsteadOfASecondOne() throws Exception {
        Fixture.Commune c = fixture.commune();
        String first = paste(c, c.standingAgency());
        String again = paste(c, c.standingAgency());
        String byAnotherEditor = paste(c, c.admin());

        assertThat(again).isEqualTo(first);
        assertThat(byAnotherEditor).isNotEqualTo(first); // a colleague's import is their own draft
        assertThat(jdbc.sql("select count(*) from plan_import_draft where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    private String paste(Fixture.Commune c, vn.cchc.org.CurrentUser who) throws Exception {
        return mvc.perform(multipart("/plans/import").param("text", ImportDrafts.seedText(ImportDrafts.SEED_003))
                        .with(user(who)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void seed003PastedBecomesADraftThenAPlanWithTheReviewersChanges() throws Exception {
        Fixture.Commune c = fixture.commune();
        String location = mvc.perform(multipart("/plans/import")
                        .param("text", ImportDrafts.seedText(ImportDrafts.SEED_003))
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draftId = Long.parseLong(location.substring("/plans/import/".length()));
        StoredDraft draft = imports.draft(c.standingAgency(), draftId);
        assertThat(draft.draft().tasks()).extracting(DraftTask::code).contains("1.1", "1.2", "2.1");
        assertThat(draft.sizeBytes()).isEqualTo(ImportDrafts.seedText(ImportDrafts.SEED_003).getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("Nguồn: dòng", "39  1.1. Xây dựng Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 và kế");

        // The reviewer keeps the complete items (a code, a deadline, a code not taken above), drops 1.2, gives
        // 1.1 to the service centre and picks a lead where the reader found none.
        ReviewForm shown = imports.review(draft);
        MultiValueMap<String, String> form = ReviewPosts.of(shown);
        java.util.Set<String> kept = new java.util.LinkedHashSet<>();
        for (int i = 0; i < shown.getTasks().size(); i++) {
            TaskRow row = shown.getTasks().get(i);
            boolean complete = row.isInclude() && !Texts.blank(row.getCode()) && !Texts.blank(row.getDeadlinePhrase())
                    && !Texts.blank(row.getAreaCode()) && !"1.2".equals(row.getCode());
            if (!complete || !kept.add(row.getCode())) {
                form.set("tasks[" + i + "].include", "false");
            } else if (row.getLeadUnitId() == null) {
                form.set("tasks[" + i + "].leadUnitId", String.valueOf(c.cultureUnit()));
            }
        }
        form.set("tasks[" + codeIndex(shown, "1.1") + "].leadUnitId", String.valueOf(c.centreUnit()));
        for (int i = 0; i < shown.getTargets().size(); i++) {
            form.set("targets[" + i + "].include", "false");
        }
        mvc.perform(post(location + "/create").params(form).with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        long planId = jdbc.sql("select plan_id from plan_import_draft where id = ?").param(draftId)
                .query(Long.class).single();
        assertThat(jdbc.sql("select code from plan_task where plan_id = ? order by ordinal").param(planId)
                .query(String.class).list()).containsExactlyElementsOf(kept).contains("1.1", "2.1");
        assertThat(jdbc.sql("select lead_unit_id from plan_task where plan_id = ? and code = '1.1'").param(planId)
                .query(Long.class).single()).isEqualTo(c.centreUnit());
    }

    private static int codeIndex(ReviewForm form, String code) {
        for (int i = 0; i < form.getTasks().size(); i++) {
            if (code.equals(form.getTasks().get(i).getCode())) {
                return i;
            }
        }
        throw new AssertionError("no task " + code);
    }
}
