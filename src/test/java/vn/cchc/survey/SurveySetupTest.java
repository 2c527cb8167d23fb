package vn.cchc.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Setting a survey up and typing paper forms in, as each role may: the standing agency creates, adds own questions
 * (each a new form version, old answers kept on theirs) and QR points; a unit officer types paper forms; a viewer
 * only looks; another commune sees nothing.
 */
@IntegrationTest
class SurveySetupTest {

    @Autowired Fixture fixture;
    @Autowired SurveySetup setup;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    Survey survey;

    @BeforeEach
    void survey() {
        clock.setToday(LocalDate.of(2026, 11, 2));
        c = fixture.communeInOwnProvince();
        survey = setup.survey(c, LocalDate.of(2026, 11, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long count(String sql) {
        return jdbc.sql(sql).param(c.id()).query(Long.class).single();
    }

    @Test
    void aSurveyWithBadDatesOrNoTitleIsRefusedOnItsFormAndNothingStored() throws Exception {
        mvc.perform(post("/survey").with(user(c.standingAgency())).with(csrf()).param("title", " ")
                        .param("templateId", String.valueOf(survey.templateId())).param("opensOn", "10/11/2026")
                        .param("closesOn", "01/11/2026"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("Nhập tên khảo sát.")))
                .andExpect(content().string(Matchers.containsString("Ngày kết thúc không được trước ngày bắt đầu.")));
        mvc.perform(post("/survey").with(user(c.standingAgency())).with(csrf()).param("title", "Khảo sát")
                        .param("templateId", "999999").param("opensOn", "10/11/2026"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("Chọn một mẫu phiếu của tỉnh.")));
        mvc.perform(post("/survey").with(user(c.viewer())).with(csrf()).param("title", "Khảo sát")
                .param("templateId", String.valueOf(survey.templateId())).param("opensOn", "10/11/2026"))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from survey where commune_id = ?")).isEqualTo(1);
    }

    @Test
    void anotherCommunesSurveyIsNotFoundAndItsTemplateCannotBeUsed() throws Exception {
        Fixture.Commune other = fixture.communeInOwnProvince();
        Survey foreign = setup.survey(other, LocalDate.of(2026, 11, 1));
        mvc.perform(get("/survey/" + foreign.id()).with(user(c.standingAgency()))).andExpect(status().isNotFound());
        mvc.perform(get("/survey/" + foreign.id() + "/interview").with(user(c.unitStaff()))).andExpect(status().isNotFound());
        mvc.perform(post("/survey").with(user(c.standingAgency())).with(csrf()).param("title", "Khảo sát")
                        .param("templateId", String.valueOf(foreign.templateId())).param("opensOn", "10/11/2026"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/survey/" + survey.id() + "/points/" + setup.generalPoint(foreign).id() + "/qr.png")
                .with(user(c.standingAgency()))).andExpect(status().isNotFound());
    }

    @Test
    void anOwnQuestionMakesANewFormVersionAndAnswersOnTheOldOneKeepIt() throws Exception {
        mvc.perform(post("/survey/" + survey.id() + "/questions").with(user(c.standingAgency())).with(csrf())
                        .param("text", "Ông/bà biết đến mã QR qua đâu?").param("type", "CHOICE")
                        .param("options", "Áp phích tại quầy\nCán bộ hướng dẫn\n"))
                .andExpect(status().isFound());
        mvc.perform(post("/survey/" + survey.id() + "/questions").with(user(c.standingAgency())).with(csrf())
                        .param("text", "Một lựa chọn").param("type", "CHOICE").param("options", "Chỉ một"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("cần từ 2 đến 12 lựa chọn")));
        assertThat(count("select max(version) from survey_form where commune_id = ?")).isEqualTo(2);
        SurveyPoint point = setup.generalPoint(survey);
        mvc.perform(get(point.path())).andExpect(content().string(Matchers.containsString("Ông/bà biết đến mã QR qua đâu?")));
        clock.advance(Duration.ofSeconds(40));
        mvc.perform(post(point.path()).param("form", String.valueOf(survey.formId())).param("a.E1", "2")
                .param("a.X1", "1")).andExpect(status().isFound());
        assertThat(jdbc.sql("select f.version from survey_response r join survey_form f on f.id = r.form_id where r.commune_id = ?")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(count("select count(*) from survey_answer where commune_id = ? and item_code = 'X1'")).isZero();
    }

    @Test
    void aUnitOfficerTypesAPaperFormAndIsRecordedAsItsInterviewer() throws Exception {
        mvc.perform(get("/survey/" + survey.id() + "/interview").with(user(c.unitStaff()))).andExpect(status().isOk());
        mvc.perform(post("/survey/" + survey.id() + "/interview").with(user(c.unitStaff())).with(csrf())
                        .param("form", String.valueOf(survey.formId())).param("unitId", String.valueOf(c.centreUnit()))
                        .param("a.E1", "1").param("a.S1", "5").param("a.S2", "3"))
                .andExpect(status().isFound());
        var row = jdbc.sql("select channel, interviewer_id, unit_id, device_hash from survey_response where commune_id = ?")
                .param(c.id()).query().singleRow();
        assertThat(row.get("channel")).isEqualTo("INTERVIEW");
        assertThat(row.get("interviewer_id")).isEqualTo(c.unitStaff().id());
        assertThat(row.get("unit_id")).isEqualTo(c.centreUnit());
        assertThat(row.get("device_hash")).isNull();
        mvc.perform(post("/survey/" + survey.id() + "/interview").with(user(c.unitStaff())).with(csrf())
                        .param("form", String.valueOf(survey.formId())).param("a.E1", "1"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("Câu này cần được trả lời.")));
        mvc.perform(get("/survey/" + survey.id() + "/interview").with(user(c.viewer()))).andExpect(status().isForbidden());
        mvc.perform(post("/survey/" + survey.id() + "/interview").with(user(c.viewer())).with(csrf())
                .param("form", String.valueOf(survey.formId())).param("a.E1", "2")).andExpect(status().isForbidden());
        assertThat(count("select count(*) from survey_response where commune_id = ?")).isEqualTo(1);
    }

    @Test
    void aPointForAUnitNeedsOneOfTheCommunesUnitsAndItsQrCodeIsAPng() throws Exception {
        Fixture.Commune other = fixture.communeInOwnProvince();
        mvc.perform(post("/survey/" + survey.id() + "/points").with(user(c.standingAgency())).with(csrf())
                        .param("kind", "UNIT").param("label", "Đơn vị khác").param("unitId", String.valueOf(other.centreUnit())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/survey/" + survey.id() + "/points").with(user(c.standingAgency())).with(csrf())
                        .param("kind", "COUNTER").param("label", "Quầy số 2").param("unitId", String.valueOf(c.centreUnit())))
                .andExpect(status().isFound());
        assertThat(count("select count(*) from survey_point where commune_id = ?")).isEqualTo(2);
        var counter = jdbc.sql("select id, unit_id from survey_point where commune_id = ? and label = 'Quầy số 2'")
                .param(c.id()).query().singleRow();
        assertThat(counter.get("unit_id")).isEqualTo(c.centreUnit());
        byte[] png = mvc.perform(get("/survey/" + survey.id() + "/points/" + counter.get("id") + "/qr.png").with(user(c.viewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
