package vn.cchc.survey.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.survey.questionnaire.QuestionnaireJson;
import vn.cchc.survey.template.SurveyTemplates.TemplateVersion;

@IntegrationTest
class SurveyTemplatesTest {

    @Autowired SurveyTemplates templates;
    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aProvinceGetsTheTwoShippedQuestionnairesOnceEvenWhenAskedTwice() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        templates.latest(c.provinceId());
        List<TemplateVersion> latest = templates.latest(c.provinceId());
        assertThat(latest).extracting(TemplateVersion::code).containsExactly("SIPAS-DAY-DU", "SIPAS-MOT-CUA");
        assertThat(latest).allSatisfy(t -> {
            assertThat(t.version()).isEqualTo(1);
            assertThat(t.shipped()).isTrue();
            assertThat(t.publishedBy()).isNull();
        });
        assertThat(latest.get(0).questionnaire().items()).hasSize(84);
        assertThat(latest.get(1).questionnaire().items()).hasSize(21);
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    /**
     * The first look of one request is still uncommitted when a second request looks: the second sees no rows, tries
     * the same inserts, waits on the unique key and skips them, instead of failing or inserting twice.
     */
    @Test
    void twoFirstLooksAtOnceInsertTheDefaultsOnce() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<TemplateVersion>> first = pool.submit(() -> transactions.execute(tx -> {
                List<TemplateVersion> seen = templates.latest(c.provinceId());
                firstInserted.countDown();
                sleep(500);
                return seen;
            }));
            assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
            List<TemplateVersion> second = templates.latest(c.provinceId());
            assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(2);
            assertThat(second).extracting(TemplateVersion::code).containsExactly("SIPAS-DAY-DU", "SIPAS-MOT-CUA");
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void editingPublishesVersionTwoAndLeavesVersionOneAsItWas() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        TemplateVersion v1 = counter(c);
        String before = definition(v1.id());
        String location = mvc.perform(post("/survey/templates/{id}/edit", v1.id()).with(csrf()).with(user(c.provinceAdmin()))
                        .param("title", "Phiếu Một cửa 2027").param("method", "MEAN_OVER_5").param("satisfiedFrom", "4")
                        .param("minSample", "50").param("elementWeight.ACCESS", "2,5")
                        .param("text.GY.1", "Ông/Bà muốn góp ý điều gì?").param("required.Q9.II.A.1", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        TemplateVersion v2 = templates.latest(c.provinceId()).get(1);
        assertThat(location).isEqualTo("/survey/templates/" + v2.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.shipped()).isFalse();
        assertThat(v2.publishedBy()).isEqualTo(c.provinceAdmin().fullName());
        assertThat(v2.title()).isEqualTo("Phiếu Một cửa 2027");
        assertThat(v2.questionnaire().scoring().method()).isEqualTo("MEAN_OVER_5");
        assertThat(v2.questionnaire().scoring().minSample()).isEqualTo(50);
        assertThat(v2.questionnaire().element("ACCESS").orElseThrow().weight()).isEqualByComparingTo("2.5");
        assertThat(v2.questionnaire().item("GY.1").orElseThrow().text()).isEqualTo("Ông/Bà muốn góp ý điều gì?");
        assertThat(v2.questionnaire().item("Q9.II.A.1").orElseThrow().required()).isTrue();
        assertThat(v2.questionnaire().item("Q9.II.A.2").orElseThrow().required()).isFalse();
        assertThat(definition(v1.id())).isEqualTo(before);
        assertThat(templates.version(c.provinceId(), v1.id()).title()).isEqualTo(v1.title());
        assertThat(templates.history(c.provinceId(), "SIPAS-MOT-CUA")).extracting(TemplateVersion::version)
                .containsExactly(2, 1);
        mvc.perform(get("/survey/templates/{id}", v1.id()).with(user(c.viewer())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Phiên bản 2")));
        mvc.perform(get("/survey/templates/{id}/edit", v1.id()).with(user(c.provinceAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đây là phiên bản 1, nhưng phiếu đã có phiên bản 2.")));
    }

    @Test
    void aRefusedEditShowsTheTypedValuesWithTheirMessagesAndStoresNothing() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        TemplateVersion v1 = counter(c);
        mvc.perform(post("/survey/templates/{id}/edit", v1.id()).with(csrf()).with(user(c.provinceAdmin()))
                        .param("title", "Tên mới").param("satisfiedFrom", "bốn"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("“bốn” không phải là số nguyên.")))
                .andExpect(content().string(containsString("value=\"Tên mới\"")))
                .andExpect(content().string(containsString("value=\"bốn\"")));
        mvc.perform(post("/survey/templates/{id}/edit", v1.id()).with(csrf()).with(user(c.provinceAdmin()))
                        .param("satisfiedFrom", "9").param("text.GY.1", " "))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Mức được coi là hài lòng phải từ 2 đến 5.")))
                .andExpect(content().string(containsString("Thiếu nội dung ở mục GY.1.")));
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    @Test
    void anotherProvincesTemplateIsNotFound() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        Fixture.Commune other = fixture.communeInOwnProvince();
        TemplateVersion v1 = counter(c);
        mvc.perform(get("/survey/templates/{id}", v1.id()).with(user(other.viewer()))).andExpect(status().isNotFound());
        mvc.perform(get("/survey/templates/{id}/json", v1.id()).with(user(other.provinceAdmin())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/survey/templates/{id}/edit", v1.id()).with(csrf()).with(user(other.provinceAdmin()))
                .param("title", "Lấn sân")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> templates.version(other.provinceId(), v1.id()))
                .isInstanceOf(vn.cchc.shared.NotFoundException.class);
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    @Test
    void aCommuneUserMayReadButNotPublish() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        TemplateVersion v1 = counter(c);
        mvc.perform(get("/survey/templates").with(user(c.viewer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu đánh giá sự hài lòng tại Bộ phận Một cửa")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("type=\"file\""))));
        mvc.perform(post("/survey/templates/{id}/edit", v1.id()).with(csrf()).with(user(c.admin()))
                .param("title", "Xã tự sửa")).andExpect(status().isForbidden());
        mvc.perform(multipart("/survey/templates/upload").file(json(resource("/survey/test-questionnaire.json")))
                .with(csrf()).with(user(c.leader()))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> templates.publish(c.provinceId(), v1.questionnaire(), c.admin()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.publish(c.provinceId(), v1.questionnaire(), c.appraiser()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    @Test
    void badUploadsAreRefusedWithTheirMessageAndStoreNothing() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        templates.latest(c.provinceId());
        String good = resource("/survey/test-questionnaire.json");
        byte[] big = ("{\"code\": \"X\", \"basis\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        Object[][] cases = {
                {"không phải JSON".getBytes(StandardCharsets.UTF_8), "Tệp không phải là phiếu khảo sát dạng JSON (UTF-8) đọc được."},
                {good.replace("\"item\": \"E1\"", "\"item\": \"Q99\"").getBytes(StandardCharsets.UTF_8),
                        "Khối S chỉ hiện theo câu “Q99”"},
                {big, "Tệp quá lớn: tối đa 1.024 KB."},
                {new byte[0], "Chưa chọn tệp."}};
        for (Object[] bad : cases) {
            mvc.perform(multipart("/survey/templates/upload")
                            .file(new MockMultipartFile("file", "phieu.json", "application/json", (byte[]) bad[0]))
                            .with(csrf()).with(user(c.provinceAdmin())))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString((String) bad[1])));
        }
        assertThat(rows(c.provinceId())).isEqualTo(2);
    }

    @Test
    void anUploadPublishesTheNextVersionOfItsCodeAndDownloadsAsItWasRead() throws Exception {
        Fixture.Commune c = fixture.communeInOwnProvince();
        String good = resource("/survey/test-questionnaire.json");
        for (int expected = 1; expected <= 2; expected++) {
            mvc.perform(multipart("/survey/templates/upload").file(json(good)).with(csrf()).with(user(c.provinceAdmin())))
                    .andExpect(status().is3xxRedirection());
            TemplateVersion t = templates.history(c.provinceId(), "TEST-SIPAS").get(0);
            assertThat(t.version()).isEqualTo(expected);
        }
        TemplateVersion t = templates.history(c.provinceId(), "TEST-SIPAS").get(0);
        String downloaded = mvc.perform(get("/survey/templates/{id}/json", t.id()).with(user(c.unitStaff())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("TEST-SIPAS-v2.json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(QuestionnaireJson.read(downloaded)).isEqualTo(QuestionnaireJson.read(good));
        assertThat(rows(c.provinceId())).isEqualTo(4);
    }

    private TemplateVersion counter(Fixture.Commune c) {
        return templates.latest(c.provinceId()).stream().filter(t -> t.code().equals("SIPAS-MOT-CUA")).findFirst()
                .orElseThrow();
    }

    private long rows(long provinceId) {
        return jdbc.sql("select count(*) from survey_template where province_id = ?").param(provinceId)
                .query(Long.class).single();
    }

    private String definition(long id) {
        return jdbc.sql("select definition::text from survey_template where id = ?").param(id).query(String.class).single();
    }

    private static MockMultipartFile json(String text) {
        return new MockMultipartFile("file", "phieu.json", "application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String resource(String path) throws java.io.IOException {
        return QuestionnaireCheckTest.resource(path);
    }
}
