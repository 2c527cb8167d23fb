package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The ledger's pages and files over HTTP: roles, tenancy, limits, exports and refused input. */
@IntegrationTest
class DossierWebTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired Ledgers ledgers;
    @Autowired DossierImports imports;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void ledger() {
        c = ledgers.communeOn10February2026();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder upload(String name, byte[] body) {
        return post("/dossiers/imports").with(csrf()).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("X-File-Name", java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).content(body);
    }

    @Test
    void anUploadIsImportedInTheBackgroundAndItsPageFollowsIt() throws Exception {
        MvcResult r = mvc.perform(upload("hồ sơ tháng 1.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8))
                        .with(user(c.unitHead())))
                .andExpect(status().isAccepted()).andReturn();
        long id = Long.parseLong(r.getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));

        ImportJob job = waitFor(id);
        assertThat(job.state()).isEqualTo("DONE");
        assertThat(job.fileName()).isEqualTo("hồ sơ tháng 1.csv");
        String page = mvc.perform(get("/dossiers/imports/" + id).with(user(c.unitHead())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Thêm mới 10 hồ sơ, cập nhật 0, không thay đổi 0.");
        String dashboard = mvc.perform(get("/dossiers").param("period", "2026M01").with(user(c.viewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("60%").contains("Nguyễn Văn An").contains("≥10% trễ hạn");
    }

    private ImportJob waitFor(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ImportJob job = imports.job(c.unitHead(), id);
        while (job.running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = imports.job(c.unitHead(), id);
        }
        return job;
    }

    @Test
    void onlyTheServiceCentreStandingAgencyAndAdminImport() throws Exception {
        byte[] body = Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("a.csv", body).with(user(c.viewer()))).andExpect(status().isForbidden());
        mvc.perform(upload("a.csv", body).with(user(c.unitStaff()))).andExpect(status().isForbidden());
        mvc.perform(get("/dossiers/imports").with(user(c.leader()))).andExpect(status().isForbidden());
        mvc.perform(post("/pakn").with(csrf()).with(user(c.viewer())).param("code", "X").param("receivedOn", "05/01/2026")
                .param("channel", "HOTLINE").param("content", "x")).andExpect(status().isForbidden());
    }

    @Test
    void anotherCommuneSeesNeitherTheJobNorTheDossiers() throws Exception {
        ImportJob job = ledgers.importBytes(c.unitHead(), "a.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8));
        Fixture.Commune other = fixture.commune();

        mvc.perform(get("/dossiers/imports/" + job.id()).with(user(other.admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/imports/" + job.id() + "/status").with(user(other.admin()))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/dossiers/list").param("period", "2026M01").with(user(other.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("HS01").contains("0 hồ sơ");
        mvc.perform(get("/dossiers").param("unit", String.valueOf(c.centreUnit())).with(user(other.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        String page = mvc.perform(upload("lon.csv", big).with(user(c.unitHead())))
                .andExpect(status().isPayloadTooLarge()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tệp quá lớn: tối đa 1 MB mỗi lần nhập.");
        mvc.perform(upload("hoso.pdf", new byte[] {1, 2}).with(user(c.unitHead())))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("không phải CSV")));
        mvc.perform(upload("rong.csv", new byte[0]).with(user(c.unitHead()))).andExpect(status().isUnprocessableEntity());
    }

    @Test
    void xlsxExportsCannotRunFormulas() throws Exception {
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.set(0, rows.get(0).replace("Nguyễn Văn An", "=1+2"));
        rows.set(1, rows.get(1).replace("Trần Thị Bình", "@SUM(1)"));
        ledgers.importBytes(c.unitHead(), "a.csv", Ledgers.csv(rows).getBytes(StandardCharsets.UTF_8));

        byte[] xlsx = mvc.perform(get("/dossiers/list.xlsx").param("period", "2026M01").with(user(c.viewer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> officers = new ArrayList<>();
            book.getSheetAt(0).forEach(row -> officers.add(row.getCell(4).getStringCellValue()));
            assertThat(officers).contains("'=1+2", "'@SUM(1)", "Trần Thị Bình");
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(11);
            book.getSheetAt(0).forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA)));
        }
        mvc.perform(get("/dossiers/export.xlsx").param("period", "2026").with(user(c.viewer()))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/score.xlsx").param("period", "2026Q1").with(user(c.viewer()))).andExpect(status().isOk());
        mvc.perform(get("/pakn.xlsx").with(user(c.viewer()))).andExpect(status().isOk());
        mvc.perform(get("/dossiers/procedures.xlsx").with(user(c.viewer()))).andExpect(status().isOk());
    }

    @Test
    void badParametersAnswer4xxWithAMessage() throws Exception {
        mvc.perform(get("/dossiers").param("period", "2026X9").with(user(c.viewer())))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("Kỳ &quot;2026X9&quot; không hợp lệ")));
        mvc.perform(get("/dossiers/list").param("filter", "EVERYTHING").with(user(c.viewer())))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/dossiers/list").param("page", "abc").with(user(c.viewer()))).andExpect(status().isBadRequest());
        mvc.perform(post("/dossiers/score/manual").with(csrf()).with(user(c.standingAgency()))
                .param("period", "2026M01").param("code", "1.1").param("rate", "120"))
                .andExpect(status().isUnprocessableEntity()).andExpect(content().string(org.hamcrest.Matchers.containsString("từ 0 đến 100")));
        mvc.perform(post("/dossiers/score/manual").with(csrf()).with(user(c.standingAgency()))
                .param("period", "2026M01").param("code", "2.1").param("rate", "50"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency())).param("code", "PA1")
                .param("receivedOn", "10/01/2026").param("answeredOn", "05/01/2026").param("channel", "HOTLINE")
                .param("content", "Phản ánh"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ngày trả lời không được trước ngày tiếp nhận.")));
        mvc.perform(post("/pakn").with(csrf()).with(user(c.standingAgency())).param("code", "PA1")
                .param("receivedOn", "31/02/2026").param("channel", "HOTLINE").param("content", "Phản ánh"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/dossiers/procedures").with(csrf()).with(user(c.standingAgency())).param("code", "3.001")
                .param("name", "Trùng").param("processingDays", "2"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mã thủ tục này đã có trong danh mục.")));
        mvc.perform(post("/dossiers/procedures").with(csrf()).with(user(c.standingAgency())).param("code", "9.9")
                .param("name", "Âm").param("processingDays", "-1")).andExpect(status().isBadRequest());
    }

    @Test
    void searchIgnoresDiacritics() throws Exception {
        ledgers.importBytes(c.unitHead(), "a.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8));

        String page = mvc.perform(get("/dossiers/list").param("period", "2026M01").param("q", "chung thuc ban sao")
                .with(user(c.viewer()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("3 hồ sơ").contains("HS03").contains("HS04").contains("HS10").doesNotContain("HS01");
    }
}
