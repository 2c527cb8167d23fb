package vn.cchc.progress;

import static vn.cchc.support.Timings.time;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Benchmark harness, not a test (run by bench/progress.sh): a commune with 10 units and a 2025 plan of 60 tasks,
 * a year of monthly reports filed, reviewed and accepted through the services, then (1) the time to compute every
 * occurrence's status, (2) the dashboard's in-process time and (3) the dashboard page under 20 concurrent users
 * (wrk against this real server).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ProgressBenchmark {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    @LocalServerPort int port;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries queries;
    @Autowired ReportService reports;
    @Autowired Obligations obligations;
    @Autowired ProgressDashboard dashboards;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void yearOfMonthlyReports() throws Exception {
        Fixture.Commune c = fixture.commune();
        List<Long> units = new ArrayList<>(List.of(c.officeUnit(), c.cultureUnit(), c.centreUnit()));
        List<CurrentUser> heads = new ArrayList<>(List.of(c.unitStaff(), c.standingAgency(), c.unitHead()));
        for (int i = 4; i <= 10; i++) {
            long unit = jdbc.sql("insert into org_unit (commune_id, name, short_name, kind) values (?, ?, ?, 'OTHER') returning id")
                    .params(c.id(), "Đơn vị đo " + i, "DV" + i).query(Long.class).single();
            long user = jdbc.sql("""
                            insert into app_user (username, password_hash, full_name, role, province_id, commune_id, unit_id)
                            values (?, ?, ?, 'UNIT_HEAD', ?, ?, ?) returning id""")
                    .params(c.tag() + ".dv" + i, passwords.encode(Fixture.PASSWORD), "Trưởng đơn vị " + i, c.provinceId(),
                            c.id(), unit).query(Long.class).single();
            units.add(unit);
            heads.add(new CurrentUser(user, c.tag() + ".dv" + i, null, "Trưởng đơn vị " + i, Role.UNIT_HEAD,
                    c.provinceId(), c.id(), unit, true));
        }
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.MONTH);
        for (int i = 0; i < 60; i++) {
            Long[] coordinators = i % 2 == 0 ? new Long[] {units.get((i + 1) % 10), units.get((i + 3) % 10)}
                    : new Long[] {units.get((i + 1) % 10)};
            plans.task(c.standingAgency(), planId, "B." + (i + 1), phrase(i), units.get(i % 10), coordinators);
        }
        long setupStart = System.nanoTime();
        int lines = 0;
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2025, month, 25);
            clock.setToday(day);
            String period = String.format("2025M%02d", month);
            for (int u = 0; u < 10; u++) {
                CurrentUser head = heads.get(u);
                long report = reports.start(head, planId, units.get(u), period);
                for (ReportPage.Line line : reports.page(head, report).lines()) {
                    ItemForm form = new ItemForm();
                    boolean open = (line.item().taskId() + month) % 10 == 0 || line.due() == null;
                    form.setStatus(open ? ItemStatus.IN_PROGRESS : ItemStatus.DONE);
                    form.setPercent(open ? 50 : 100);
                    form.setNarrative("Kết quả tháng " + month);
                    form.setVersion(line.item().version());
                    reports.save(head, report, Map.of(line.item().id(), form));
                    lines++;
                }
                reports.submit(head, report, version(report), Map.of());
                CurrentUser reviewer = units.get(u) == c.cultureUnit() ? c.leader() : c.standingAgency();
                reports.review(reviewer, report, true, null, version(report));
            }
        }
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        clock.setToday(LocalDate.of(2025, 12, 20));
        Plan plan = queries.plan(c.id(), planId).orElseThrow();
        LocalDate today = LocalDate.of(2025, 12, 20);
        int occurrences = obligations.of(plan, today).size();
        double[] engine = time(50, 200, () -> obligations.of(plan, today));
        double[] dashboard = time(20, 100, () -> dashboards.of(plan, null, null, today));

        String session = logIn(c.standingAgency().getUsername());
        String url = "http://127.0.0.1:" + port + "/progress?plan=" + planId;
        Path lua = Files.writeString(Files.createTempFile("p95", ".lua"), """
                done = function(summary, latency, requests)
                  io.write(string.format("requests=%d errors=%d rps=%.1f p50=%.1fms p95=%.1fms p99=%.1fms\\n",
                    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
                    + summary.errors.write + summary.errors.timeout, summary.requests / (summary.duration / 1e6),
                    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
                end
                """);
        wrk(session, url, "10s", null);
        String load = wrk(session, url, "30s", lua);

        String result = String.format("""
                        commune: 10 units, plan 2025 (monthly reporting) with 60 tasks
                        reports: 120 monthly reports, %d lines saved, submitted and accepted through the services in %.1f s
                        occurrences (unit x task x due date): %d
                        status of every occurrence, in process: mean %.2f ms, p50 %.2f ms, p95 %.2f ms (%d runs)
                        dashboard model, in process: mean %.2f ms, p50 %.2f ms, p95 %.2f ms (%d runs)
                        dashboard page, 20 concurrent users, 30 s (wrk -t2 -c20): %s
                        """, lines, setupSeconds, occurrences, engine[0], engine[1], engine[2], 200, dashboard[0],
                dashboard[1], dashboard[2], 100, load.strip());
        System.out.println(result);
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/progress.txt"), result);
    }

    private int version(long report) {
        return jdbc.sql("select version from unit_report where id = ?").param(report).query(Integer.class).single();
    }

    private static String phrase(int i) {
        if (i < 20) {
            return "Định kỳ hàng tháng";
        }
        if (i < 30) {
            return "Quý " + QUARTERS[i % 4];
        }
        if (i < 45) {
            return String.format("Trước ngày %02d/%02d/2025", 10 + i % 15, i % 12 + 1);
        }
        if (i < 50) {
            return "Thường xuyên";
        }
        if (i < 55) {
            return "Tháng " + (i % 12 + 1);
        }
        return "Theo Kế hoạch của tỉnh";
    }


    private String logIn(String username) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + Fixture.PASSWORD + "&_csrf=" + token.group(1);
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
    }

    private static String wrk(String session, String url, String duration, Path lua) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c20", "-d" + duration, "-H",
                "Cookie: JSESSIONID=" + session));
        if (lua != null) {
            command.addAll(List.of("-s", lua.toString()));
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
