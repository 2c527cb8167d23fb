package vn.cchc.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.PlanService;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Benchmark harness, not a test (run by bench/periodic-report.sh): a 2026 plan of 80 tasks over the seven result
 * areas, led in turn by 10 units, 10 targets; the Quý I report (with its annexes) generated as DOCX on 10/03/2026,
 * timed warm. Writes bench/results/periodic-report.txt.
 */
@Tag("benchmark")
@IntegrationTest
class PeriodicReportBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 80);
    private static final int RUNS = Integer.getInteger("bench.runs", 30);
    private static final String[] AREAS = {"I", "II", "III", "IV", "V", "VI", "VII"};

    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanService planService;
    @Autowired PeriodicReports periodic;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void quarterOneReportOfEightyTasksAndTenUnits() throws Exception {
        Fixture.Commune c = fixture.commune();
        List<Long> units = new ArrayList<>(List.of(c.officeUnit(), c.cultureUnit(), c.centreUnit()));
        for (int i = units.size(); i < 10; i++) {
            units.add(jdbc.sql("""
                            insert into org_unit (commune_id, name, short_name, kind)
                            values (?, ?, ?, 'OTHER') returning id""")
                    .params(c.id(), "Đơn vị thử " + i, "DV" + i).query(Long.class).single());
        }
        long planId = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        for (int i = 0; i < TASKS; i++) {
            LocalDate due = LocalDate.of(2026, 1, 10).plusDays(i * 4L);
            planService.addTask(c.standingAgency(), planId, Plans.taskForm(AREAS[i % AREAS.length], "T" + i,
                    "Nhiệm vụ cải cách hành chính số " + i, "Trước ngày " + due.getDayOfMonth() + "/"
                            + due.getMonthValue() + "/2026", units.get(i % units.size())));
        }
        clock.setToday(LocalDate.of(2026, 3, 10));
        for (int i = 0; i < 5; i++) {
            periodic.docx(c.standingAgency(), planId, "QUARTER_1");
        }
        long[] millis = new long[RUNS];
        int bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            bytes = periodic.docx(c.standingAgency(), planId, "QUARTER_1").docx().length;
            millis[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(millis);
        String result = String.format(Locale.ROOT, """
                        Periodic report benchmark: Quý I 2026 of a plan of %d tasks, %d units, as DOCX with annexes
                        warm (after 5 runs), %d runs: median %d ms, p90 %d ms, max %d ms; document %d bytes
                        """, TASKS, units.size(), RUNS, millis[RUNS / 2], millis[RUNS * 9 / 10], millis[RUNS - 1],
                bytes);
        System.out.print(result);
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/periodic-report.txt"), result);
    }
}
