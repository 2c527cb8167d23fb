package vn.cchc.progress;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;

/** For other modules' tests: a unit reports one task done in a period and the standing agency accepts it. */
@Component
public class AcceptedReports {

    private final ReportService reports;
    private final JdbcClient jdbc;

    AcceptedReports(ReportService reports, JdbcClient jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
    }

    public void done(CurrentUser reporter, CurrentUser reviewer, long planId, long unitId, String periodCode,
                     String taskCode, LocalDate completedOn) {
        long report = reports.start(reporter, planId, unitId, periodCode);
        ReportPage.Line line = reports.page(reporter, report).lines().stream()
                .filter(l -> l.taskCode().equals(taskCode)).findFirst().orElseThrow();
        ItemForm done = new ItemForm();
        done.setStatus(ItemStatus.DONE);
        done.setCompletedOn(completedOn);
        done.setVersion(line.item().version());
        reports.save(reporter, report, Map.of(line.item().id(), done));
        reports.submit(reporter, report, version(report), Map.of());
        reports.review(reviewer, report, true, null, version(report));
    }

    private int version(long report) {
        return jdbc.sql("select version from unit_report where id = ?").param(report).query(Integer.class).single();
    }
}
