package vn.cchc.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.audit.AuditTrailTest.from;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.AuditNote;
import vn.cchc.shared.Paged;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** Logins and notes reach the log; each admin reads and exports their own scope of it, nobody else reads it. */
@IntegrationTest
class AuditPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixture fixture;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    private Map<String, Object> lastNote(String action, String subject) {
        return jdbc.sql("""
                        select actor, actor_id, address, commune_id, province_id, detail from audit_log
                        where action = ? and subject = ? order by id desc limit 1""")
                .params(action, subject).query().singleRow();
    }

    private void login(String username, String password, String address) throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
                .with(from(address))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aFailedAndASuccessfulLoginAreRecordedWithTheUsernameTriedAndTheAddressButNoPassword() throws Exception {
        Fixture.Commune c = fixture.commune();
        String username = c.unitStaff().getUsername();

        login(username, "sai-mat-khau-9", "198.51.100.61");
        Map<String, Object> failed = lastNote("LOGIN_FAILED", username);
        assertThat(failed.get("actor")).isEqualTo(username);
        assertThat(failed.get("address")).isEqualTo("198.51.100.61");
        assertThat(failed.get("commune_id")).isEqualTo(c.id());
        assertThat(failed.get("detail")).isEqualTo("BadCredentialsException");

        login(username, Fixture.PASSWORD, "198.51.100.62");
        Map<String, Object> ok = lastNote("LOGIN_OK", username);
        assertThat(ok.get("actor_id")).isEqualTo(c.unitStaff().id());
        assertThat(ok.get("address")).isEqualTo("198.51.100.62");
        assertThat(ok.get("province_id")).isEqualTo(c.provinceId());

        login("khong-ai-co-ten-nay", "sai-mat-khau-9", "198.51.100.63");
        Map<String, Object> unknown = lastNote("LOGIN_FAILED", "khong-ai-co-ten-nay");
        assertThat(unknown.get("commune_id")).isNull();
        assertThat(unknown.get("province_id")).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where subject like ? and concat(detail, before, after) like ?")
                .params(c.tag() + "%", "%sai-mat-khau%").query(Long.class).single()).isZero();
    }

    @Test
    void anAuditNoteIsRecordedWithTheAddressOfItsRequest() {
        Fixture.Commune c = fixture.commune();
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/plans");
        api.setRemoteAddr("192.0.2.44");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(api));
        try {
            events.publishEvent(new AuditNote("API_KEY_USED", c.id(), "api-key:ab12cd34", "GET /api/v1/plans " + c.tag(), null));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        Map<String, Object> note = lastNote("API_KEY_USED", "GET /api/v1/plans " + c.tag());
        assertThat(note.get("actor")).isEqualTo("api-key:ab12cd34");
        assertThat(note.get("address")).isEqualTo("192.0.2.44");
        assertThat(note.get("commune_id")).isEqualTo(c.id());
        assertThat(note.get("province_id")).isEqualTo(c.provinceId());
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> page(CurrentUser reader, String... filter) throws Exception {
        var request = get("/audit").with(user(reader));
        for (int i = 0; i < filter.length; i += 2) {
            request.param(filter[i], filter[i + 1]);
        }
        Map<String, Object> model = mvc.perform(request).andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        return ((Paged<AuditEntry>) model.get("entries")).items();
    }

    private static List<String> plansNamed(List<AuditEntry> entries) {
        return entries.stream().filter(e -> "plan".equals(e.table()) && "INSERT".equals(e.action()))
                .map(e -> e.communeId().toString()).distinct().toList();
    }

    @Test
    void theCommuneAdminSeesTheCommuneTheProvinceAdminTheProvinceAndOthersAreRefused() throws Exception {
        Fixture.Commune a = fixture.communeInOwnProvince();
        Fixture.Commune b = fixture.communeBeside(a);
        Fixture.Commune elsewhere = fixture.commune();
        for (Fixture.Commune c : List.of(a, b, elsewhere)) {
            plans.plan(c.standingAgency(), "2026");
        }

        assertThat(plansNamed(page(a.admin(), "table", "plan"))).containsExactly(Long.toString(a.id()));
        assertThat(plansNamed(page(a.provinceAdmin(), "table", "plan")))
                .containsExactlyInAnyOrder(Long.toString(a.id()), Long.toString(b.id()));
        for (CurrentUser refused : List.of(a.unitStaff(), a.viewer(), a.standingAgency(), a.leader(), a.appraiser())) {
            mvc.perform(get("/audit").with(user(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/export.xlsx").with(user(refused))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theExportHoldsTheSameEntriesAsThePageForTheSameFilter() throws Exception {
        Fixture.Commune c = fixture.commune();
        long plan = plans.plan(c.standingAgency(), "2026");
        for (String title : List.of("Lần một", "Lần hai", "Lần ba")) {
            jdbc.sql("update plan set title = ? where id = ?").params(title, plan).update();
        }
        String[] filter = {"table", "plan", "action", "UPDATE", "user", "system"};
        List<Long> shown = page(c.admin(), filter).stream().map(AuditEntry::id).toList();
        assertThat(shown).hasSize(3);

        var request = get("/audit/export.xlsx").with(user(c.admin()));
        for (int i = 0; i < filter.length; i += 2) {
            request.param(filter[i], filter[i + 1]);
        }
        byte[] xlsx = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Long> exported = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    exported.add((long) row.getCell(0).getNumericCellValue());
                    changes.add(row.getCell(8).getStringCellValue());
                }
            }
        }
        assertThat(exported).isEqualTo(shown);
        assertThat(changes).containsExactly("title: Lần hai → Lần ba", "title: Lần một → Lần hai",
                "title: Kế hoạch CCHC 2026 → Lần một");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'AUDIT_EXPORTED' and actor = ? and commune_id = ?")
                .params(c.admin().getUsername(), c.id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aBadFilterIsRefusedWithAMessageNotAnError() throws Exception {
        Fixture.Commune c = fixture.commune();
        mvc.perform(get("/audit").param("from", "31/02/2026").with(user(c.admin())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/audit").param("table", "dossier").with(user(c.admin())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/audit").param("page", "x").with(user(c.admin()))).andExpect(status().isBadRequest());
    }
}
