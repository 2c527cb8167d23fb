package vn.cchc.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.pakn.PaknService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * The secret feed, as the service centre's head gets it on 10/12/2026 (window 01/09/2026–31/12/2027) for the
 * fixture of {@link DeadlinesTest}: the units' nine-month report (30/09), the PAKN answer (18/12), the centre's
 * coordinating date of T1 (24/12) and the annual report (30/12); no sign-in, 404 once revoked or replaced.
 */
@IntegrationTest
class FeedTest {

    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PaknService pakn;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long plan;
    long task;
    long paknId;

    @BeforeEach
    void commune() {
        clock.setToday(LocalDate.of(2026, 12, 10));
        c = fixture.communeInOwnProvince();
        plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        task = plans.task(c.standingAgency(), plan, "T1", "Tháng 12", c.officeUnit(), c.centreUnit());
        paknId = pakn.save(c.admin(), null, DeadlinesTest.paknItem("PA-1", LocalDate.of(2026, 12, 18)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theFeedHoldsTheHeadsDeadlinesAsAllDayEventsWithoutSignIn() throws Exception {
        String token = create(c.unitHead());
        var response = mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=utf-8")).andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String commune = ".c" + c.id() + "@cchc";
        assertThat(events(body)).containsExactly(
                "UID:report-" + plan + "-2026N9" + commune + "|DTSTART;VALUE=DATE:20260930"
                        + "|SUMMARY:Báo cáo đơn vị: Báo cáo 9 tháng năm 2026 – Kế hoạch CCHC 2026 – VP\\, TTPVHCC",
                "UID:pakn-" + paknId + commune + "|DTSTART;VALUE=DATE:20261218"
                        + "|SUMMARY:Trả lời PAKN: PA-1 Phản ánh về đèn đường",
                "UID:task-" + task + "-2026-12-31-u" + c.centreUnit() + commune + "|DTSTART;VALUE=DATE:20261224"
                        + "|SUMMARY:Nhiệm vụ: T1 Nhiệm vụ T1 (Tháng 12/2026) – TTPVHCC (phối hợp)",
                "UID:report-" + plan + "-2026" + commune + "|DTSTART;VALUE=DATE:20261230"
                        + "|SUMMARY:Báo cáo đơn vị: Báo cáo năm 2026 – Kế hoạch CCHC 2026 – VP\\, TTPVHCC");
        assertThat(body).contains("DTSTAMP:20261210T020000Z\r\n", "URL:http://localhost/tasks/" + task + "\r\n")
                .startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void aNewAddressReplacesTheOldAndARevokedOneIsNotFound() throws Exception {
        String first = create(c.unitStaff());
        String second = create(c.unitStaff());
        mvc.perform(get("/ical/" + first + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/" + second + ".ics")).andExpect(status().isOk());
        assertThat(stored(c.unitStaff())).containsExactly(FeedTokens.hash(second));
        assertThat(FeedTokens.hash(second)).matches("[0-9a-f]{64}").doesNotContain(second);

        mvc.perform(post("/deadlines/feed/revoke").with(csrf()).with(user(c.unitStaff())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/ical/" + second + ".ics")).andExpect(status().isNotFound());
        assertThat(stored(c.unitStaff())).isEmpty();
        assertThat(jdbc.sql("select count(*) from deadline_feed where commune_id = ?").param(c.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void unknownMalformedAndDisabledUsersTokensAreNotFound() throws Exception {
        String token = create(c.viewer());
        for (String bad : List.of("A".repeat(43), "short", token + "x", token.toLowerCase() + "'")) {
            mvc.perform(get("/ical/" + bad + ".ics")).andExpect(status().isNotFound());
        }
        jdbc.sql("update app_user set enabled = false where id = ?").param(c.viewer().id()).update();
        mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void nothingElseOpensWithoutSignIn() throws Exception {
        mvc.perform(get("/deadlines").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/deadlines/feed").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/deadlines/feed").with(user(c.viewer()))).andExpect(status().isForbidden());
        assertThat(stored(c.viewer())).isEmpty();
    }

    private String create(CurrentUser u) throws Exception {
        String url = (String) mvc.perform(post("/deadlines/feed").with(csrf()).with(user(u)))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("feedUrl");
        assertThat(url).matches("http://localhost/ical/[A-Za-z0-9_-]{43}\\.ics");
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private List<String> stored(CurrentUser u) {
        return jdbc.sql("select token_hash from deadline_feed where user_id = ?").param(u.id())
                .query(String.class).list();
    }

    /** Each VEVENT's UID, DTSTART and SUMMARY, joined with |. */
    private static List<String> events(String body) {
        return java.util.Arrays.stream(body.replace("\r\n ", "").split("BEGIN:VEVENT\r\n")).skip(1)
                .map(e -> java.util.Arrays.stream(e.split("\r\n"))
                        .filter(l -> l.startsWith("UID:") || l.startsWith("DTSTART") || l.startsWith("SUMMARY:"))
                        .reduce((a, b) -> a + "|" + b).orElse(""))
                .toList();
    }
}
