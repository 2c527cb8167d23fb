package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** A user of commune A tries to read and change commune B's plan, task, target and unit, and gets 404 each time. */
@IntegrationTest
class TenantIsolationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired JdbcClient jdbc;

    Fixture.Commune a;
    Fixture.Commune b;
    long planB;
    long taskB;
    long targetB;

    @BeforeEach
    void twoCommunes() {
        a = fixture.commune();
        b = fixture.commune();
        planB = plans.plan(b.standingAgency(), "2025");
        taskB = plans.task(b.standingAgency(), planB, "B.1", "Quý III", b.centreUnit(), b.officeUnit());
        TargetForm target = new TargetForm();
        target.setAreaCode("III");
        target.setCode("1");
        target.setText("Tỷ lệ hồ sơ trực tuyến");
        target.setThreshold("90");
        targetB = planService.addTarget(b.standingAgency(), planB, target);
    }

    @Test
    void userOfOneCommuneCannotSeeAnotherCommunesPlanTaskOrTarget() throws Exception {
        for (String url : new String[] {"/plans/" + planB, "/plans/" + planB + "/edit", "/tasks/" + taskB,
                "/tasks/" + taskB + "/edit", "/targets/" + targetB + "/edit", "/plans/" + planB + "/tasks/new",
                "/plans/" + planB + "/targets/new", "/overview?plan=" + planB,
                "/plans/" + planB + "/deadline-preview?deadlinePhrase=Qu%C3%BD%20III"}) {
            mvc.perform(get(url).with(user(a.standingAgency()))).andExpect(status().isNotFound());
        }
        // A coordinator without a unit of its own picks one: never another commune's.
        mvc.perform(get("/my-tasks?unit=" + b.centreUnit()).with(user(a.leader()))).andExpect(status().isNotFound());
        // The owner sees the same pages.
        mvc.perform(get("/plans/" + planB).with(user(b.standingAgency()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhiệm vụ B.1")));
    }

    @Test
    void userOfOneCommuneCannotChangeAnotherCommunesData() throws Exception {
        mvc.perform(post("/tasks/" + taskB).with(user(a.standingAgency())).with(csrf())
                .param("areaCode", "III").param("code", "B.1").param("title", "Bị sửa")
                .param("leadUnitId", String.valueOf(a.centreUnit())).param("deadlinePhrase", "Quý IV"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + taskB + "/delete").with(user(a.standingAgency())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/progress/tasks/" + taskB + "/occurrences").with(user(a.admin())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/targets/" + targetB + "/delete").with(user(a.standingAgency())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + planB + "/tasks").with(user(a.standingAgency())).with(csrf())
                .param("areaCode", "III").param("code", "X.1").param("title", "Chen vào")
                .param("leadUnitId", String.valueOf(a.centreUnit())).param("deadlinePhrase", "Quý IV"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + planB + "/status").param("status", "ISSUED").with(user(a.leader())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/units/" + b.centreUnit()).with(user(a.admin())).with(csrf())
                .param("name", "Đổi tên").param("shortName", "X").param("kind", "OTHER")).andExpect(status().isNotFound());
        mvc.perform(post("/org/units/" + b.centreUnit() + "/standing-agency").with(user(a.admin())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/org/units/" + b.centreUnit() + "/edit").with(user(a.admin()))).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select title from plan_task where id = ?").param(taskB).query(String.class).single())
                .isEqualTo("Nhiệm vụ B.1");
        assertThat(jdbc.sql("select count(*) from plan_target where id = ?").param(targetB).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from plan_task where plan_id = ?").param(planB).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select status from plan where id = ?").param(planB).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select name from org_unit where id = ?").param(b.centreUnit()).query(String.class).single())
                .isEqualTo("Trung tâm Phục vụ hành chính công");
        assertThat(jdbc.sql("select standing_agency from org_unit where id = ?").param(b.centreUnit()).query(Boolean.class).single())
                .isFalse();
    }

    @Test
    void anotherCommunesUnitIsRejectedAsLeadOrCoordinator() throws Exception {
        long planA = plans.plan(a.standingAgency(), "2025");
        mvc.perform(post("/plans/" + planA + "/tasks").with(user(a.standingAgency())).with(csrf())
                        .param("areaCode", "III").param("code", "A.1").param("title", "Nhiệm vụ")
                        .param("leadUnitId", String.valueOf(b.centreUnit()))
                        .param("coordinatorUnitIds", String.valueOf(b.officeUnit()))
                        .param("deadlinePhrase", "Quý IV"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Đơn vị không thuộc xã, phường này.")));
        assertThat(jdbc.sql("select count(*) from plan_task where plan_id = ?").param(planA).query(Integer.class).single())
                .isZero();
    }

    @Test
    void unitListShowsOnlyOwnCommunesUnits() throws Exception {
        String secret = "Đơn vị riêng của " + b.tag() + "!";
        jdbc.sql("update org_unit set name = ? where id = ?").params(secret, b.officeUnit()).update();
        mvc.perform(get("/org/units").with(user(a.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trung tâm Phục vụ hành chính công")))
                .andExpect(content().string(not(containsString(secret))));
        mvc.perform(get("/org/units").with(user(b.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)));
    }

    @Test
    void provinceUserWithoutCommuneGets404OnCommunePages() throws Exception {
        mvc.perform(get("/plans/" + planB).with(user(b.provinceAdmin()))).andExpect(status().isNotFound());
    }
}
