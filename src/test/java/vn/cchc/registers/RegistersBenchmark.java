package vn.cchc.registers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.support.Timings.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Benchmark harness, not a test (run by bench/registers.sh): a ward of 40 units with a full year of registers on
 * 15/12/2026, entered through the forms (80 inspections with 4 findings each, half of them fixed; 3 initiatives per
 * unit; 2 articles per unit and month; 2 dialogues a month). Timed after a warm-up: the seven register indicators as
 * a plan page reads them (the year and each month), and the four register pages.
 */
@Tag("benchmark")
@IntegrationTest
class RegistersBenchmark {

    private static final int UNITS = Integer.getInteger("bench.units", 40);
    private static final List<String> CODES = List.of("INSPECTION_COVERAGE", "REMEDIATION_RATE", "INITIATIVE_UNITS",
            "INITIATIVES_RECOGNISED", "DIALOGUES", "ARTICLE_UNIT_MONTHS", "ARTICLES");

    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired IndicatorReadings readings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aYearOfRegistersInAWardOfFortyUnits() throws Exception {
        clock.setToday(LocalDate.of(2026, 12, 15));
        Fixture.Commune c = fixture.commune();
        List<Long> units = new ArrayList<>(List.of(c.officeUnit(), c.cultureUnit(), c.centreUnit()));
        for (int i = units.size(); i < UNITS; i++) {
            units.add(jdbc.sql("insert into org_unit (commune_id, name, short_name, kind) values (?, ?, ?, 'OTHER') returning id")
                    .params(c.id(), "Đơn vị thử " + i, "DV" + i).query(Long.class).single());
        }
        CurrentUser agency = c.standingAgency();
        long t0 = System.nanoTime();
        int entries = 0;
        for (int u = 0; u < units.size(); u++) {
            long unit = units.get(u);
            for (int round = 0; round < 2; round++) {
                String day = String.format("%02d/%02d/2026", 1 + u % 28, 2 + round * 6);
                long record = record(agency, unit, day);
                for (int f = 0; f < 4; f++) {
                    long finding = finding(agency, record, unit, "Tháng " + (4 + round * 6 + f % 2));
                    if (f % 2 == 0) {
                        send(post("/registers/inspections/findings/" + finding + "/fix").param("fixedOn",
                                String.format("%02d/%02d/2026", 1 + u % 28, 3 + round * 6)).param("note", "Đã khắc phục"), agency);
                    }
                    entries += 1 + (f % 2 == 0 ? 1 : 0);
                }
                entries++;
            }
            for (int i = 0; i < 3; i++) {
                var b = post("/registers/initiatives").param("title", "Sáng kiến " + u + "." + i).param("unitId", "" + unit)
                        .param("proposedOn", String.format("%02d/0%d/2026", 1 + u % 28, 1 + i));
                if (i > 0) {
                    b.param("appliedOn", String.format("%02d/0%d/2026", 1 + u % 28, 4 + i));
                }
                if (i == 2) {
                    b.param("recognisedOn", String.format("%02d/10/2026", 1 + u % 28)).param("recognisedBy", "UBND phường")
                            .param("decisionNumber", u + "/QĐ-UBND");
                }
                send(b, agency);
                entries++;
            }
            for (int m = 1; m <= 12; m++) {
                for (int a = 0; a < 2; a++) {
                    send(post("/registers/propaganda").param("title", "Bài " + u + "." + m + "." + a).param("unitId", "" + unit)
                            .param("channel", "COMMUNE_SITE").param("publishedOn", String.format("%02d/%02d/2026", 5 + 10 * a, m))
                            .param("link", "https://example.vn/bai-" + u + "-" + m + "-" + a), agency);
                    entries++;
                }
            }
        }
        for (int m = 1; m <= 12; m++) {
            for (int d = 0; d < 2; d++) {
                send(post("/registers/dialogues").param("heldOn", String.format("%02d/%02d/2026", 5 + d * 10, m))
                        .param("kind", d == 0 ? "DIALOGUE" : "CONFERENCE").param("title", "Đối thoại " + m + "." + d)
                        .param("chair", "Chủ tịch UBND phường").param("issues", "Thời gian chờ").param("answers", "Thêm quầy"), agency);
                entries++;
            }
        }
        double setUp = (System.nanoTime() - t0) / 1e9;

        Period year = Period.parse("2026");
        double[] yearReads = time(200, 300, () -> CODES.forEach(code -> readings.read(c.id(), code, year)));
        double[] monthReads = time(20, 50, () -> {
            for (int m = 1; m <= 12; m++) {
                Period month = Period.parse(String.format("2026M%02d", m));
                CODES.forEach(code -> readings.read(c.id(), code, month));
            }
        });
        List<String> pages = List.of("/registers/inspections?year=2026", "/registers/initiatives?year=2026",
                "/registers/propaganda?year=2026", "/registers/dialogues?year=2026");
        StringBuilder pageLines = new StringBuilder();
        for (String page : pages) {
            double[] t = time(100, 200, () -> page(c.viewer(), page));
            pageLines.append(String.format(Locale.ROOT, "page %s: mean %.2f ms, p50 %.2f ms, p95 %.2f ms%n", page, t[0], t[1], t[2]));
        }
        String result = String.format(Locale.ROOT, """
                        Registers benchmark: %d units, one year (2026), on 15/12/2026
                        set-up: %d entries through the forms in %.1f s = %.1f ms each
                        7 register indicators over the year (what a plan page's targets read): mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        7 register indicators × 12 months: mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        %s""", units.size(), entries, setUp, setUp * 1000 / entries, yearReads[0], yearReads[1],
                yearReads[2], monthReads[0], monthReads[1], monthReads[2], pageLines);
        System.out.print(result);
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/registers.txt"), result);
    }

    private long record(CurrentUser who, long unit, String day) throws Exception {
        String location = mvc.perform(post("/registers/inspections/records/new").with(csrf()).with(user(who))
                        .param("unitId", "" + unit).param("inspectedOn", day).param("inspectors", "Tổ kiểm tra CCHC")
                        .param("conclusion", "Cơ bản thực hiện tốt"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long finding(CurrentUser who, long record, long unit, String deadline) throws Exception {
        send(post("/registers/inspections/records/" + record + "/findings").param("unitId", "" + unit)
                .param("content", "Chưa cập nhật sổ theo dõi").param("deadline", deadline), who);
        return jdbc.sql("select max(id) from inspection_finding where record_id = ?").param(record).query(Long.class).single();
    }

    private void send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, CurrentUser who)
            throws Exception {
        mvc.perform(b.with(csrf()).with(user(who))).andExpect(status().is3xxRedirection());
    }

    private void page(CurrentUser who, String path) {
        try {
            mvc.perform(get(path).with(user(who))).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

}
