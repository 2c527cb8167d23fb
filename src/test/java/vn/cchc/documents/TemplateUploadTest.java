package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** A province admin replaces a template: a bad one is refused with its problems, a good one is used, the default stays. */
@IntegrationTest
class TemplateUploadTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired JdbcClient jdbc;

    @Test
    void anUploadNamingAnUnknownPlaceholderIsRefusedWithItsNameAndNothingChanges() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        byte[] bad = TemplateEdits.withParagraph(DocumentKind.PLAN, "Người soạn: {{nguoi_soan}} {{số_ký_hiệu}}");
        mvc.perform(upload(c.provinceAdmin(), bad))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Trường không có trong danh sách: {{nguoi_soan}}"),
                        org.hamcrest.Matchers.containsString("Trường viết sai"),
                        org.hamcrest.Matchers.containsString("{{số_ký_hiệu}}"))));
        assertThat(versions(c)).isZero();
    }

    @Test
    void aGoodUploadIsUsedForTheProvincesCommunesOnlyAndTheDefaultComesBack() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        Fixture.Commune otherProvince = fixture.communeInOwnProvince();
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        long otherPlan = plans.issuedPlan(otherProvince.standingAgency(), "2026", PeriodType.QUARTER);
        byte[] own = TemplateEdits.withParagraph(DocumentKind.PLAN, "Mẫu riêng của tỉnh, năm {{nam}}");

        mvc.perform(upload(c.provinceAdmin(), own)).andExpect(status().is3xxRedirection());

        assertThat(planText(c.standingAgency(), plan)).contains("Mẫu riêng của tỉnh, năm 2026");
        assertThat(planText(otherProvince.standingAgency(), otherPlan)).doesNotContain("Mẫu riêng của tỉnh");
        byte[] current = mvc.perform(get("/documents/templates/plan/current.docx").with(user(c.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(current).isEqualTo(own);

        mvc.perform(post("/documents/templates/plan/default").with(csrf()).with(user(c.provinceAdmin())))
                .andExpect(status().is3xxRedirection());
        assertThat(planText(c.standingAgency(), plan)).doesNotContain("Mẫu riêng của tỉnh");
        assertThat(versions(c)).as("upload and return to the default both kept").isEqualTo(2);
    }

    @Test
    void onlyTheProvinceAdminSeesOrChangesTemplates() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        byte[] own = DefaultTemplates.of(DocumentKind.PLAN);
        for (CurrentUser other : List.of(c.appraiser(), c.admin(), c.standingAgency(), c.leader(), c.viewer())) {
            mvc.perform(get("/documents/templates").with(user(other))).andExpect(status().isForbidden());
            mvc.perform(upload(other, own)).andExpect(status().isForbidden());
        }
        assertThat(versions(c)).isZero();
        mvc.perform(get("/documents/templates").with(user(c.provinceAdmin()))).andExpect(status().isOk());
        mvc.perform(get("/documents/templates/nothing/default.docx").with(user(c.provinceAdmin())))
                .andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.RequestBuilder upload(CurrentUser as, byte[] template) {
        return multipart("/documents/templates/plan")
                .file(new MockMultipartFile("file", "mau-tinh.docx", "application/octet-stream", template))
                .with(csrf()).with(user(as));
    }

    private String planText(CurrentUser maker, long plan) throws Exception {
        return DocxReader.of(mvc.perform(get("/plans/" + plan + "/document.docx").with(user(maker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).text();
    }

    private int versions(Fixture.Commune c) {
        return jdbc.sql("select count(*) from document_template where province_id = ?").param(c.provinceId())
                .query(Integer.class).single();
    }
}
