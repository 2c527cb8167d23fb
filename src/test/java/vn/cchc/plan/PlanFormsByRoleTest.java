package vn.cchc.plan;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** The plan, target and task forms open only for roles that may save them; the others get 403, not a dead form. */
@IntegrationTest
class PlanFormsByRoleTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void onlyTheStandingAgencyAndTheAdminOpenTheEditingForms() throws Exception {
        Fixture.Commune c = fixture.commune();
        // Issued: a draft is not even shown to the unit users and the viewer (404, DraftPlansAreHiddenTest).
        long plan = plans.issuedPlan(c.standingAgency(), "2026", vn.cchc.calendar.PeriodType.QUARTER);
        long task = plans.task(c.standingAgency(), plan, "1.1", "Quý III", c.centreUnit());
        TargetForm t = new TargetForm();
        t.setAreaCode("III");
        t.setCode("1");
        t.setText("Tỷ lệ hồ sơ trực tuyến");
        t.setThreshold("75");
        long target = planService.addTarget(c.standingAgency(), plan, t);
        String[] forms = {"/plans/new", "/plans/" + plan + "/edit", "/plans/" + plan + "/tasks/new",
                "/tasks/" + task + "/edit", "/plans/" + plan + "/targets/new", "/targets/" + target + "/edit"};
        for (CurrentUser refused : new CurrentUser[] {c.viewer(), c.unitStaff(), c.unitHead(), c.leader()}) {
            for (String form : forms) {
                mvc.perform(get(form).with(user(refused))).andExpect(status().isForbidden());
            }
        }
        for (CurrentUser editor : new CurrentUser[] {c.standingAgency(), c.admin()}) {
            for (String form : forms) {
                mvc.perform(get(form).with(user(editor))).andExpect(status().isOk());
            }
        }
        jdbc.sql("update plan set status = 'CLOSED' where id = ?").param(plan).update();
        for (String form : java.util.Arrays.copyOfRange(forms, 1, forms.length)) {
            mvc.perform(get(form).with(user(c.standingAgency()))).andExpect(status().isUnprocessableEntity());
        }
    }
}
