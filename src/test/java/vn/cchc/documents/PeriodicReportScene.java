package vn.cchc.documents;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.progress.ItemForm;
import vn.cchc.progress.ItemStatus;
import vn.cchc.progress.ReportService;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * A 2026 plan reporting monthly, seen on 10/03/2026 for the Quý I report (data 15/12/2025–14/03/2026):
 * A (Cải cách thể chế, office, due 20/01) done 18/01, accepted in January's report with a narrative;
 * B (TTHC, centre, due 15/02) stated in progress in February's report, which was returned, so B is overdue and its
 * narrative unused; C (Cải cách thể chế, culture, due 25/02) only in a draft report, so overdue too;
 * D (Cải cách chế độ công vụ, office, due 10/04) is due next period.
 */
final class PeriodicReportScene {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    final Fixture.Commune c;
    final long planId;

    PeriodicReportScene(Fixture fixture, Plans plans, ReportService reports, MutableClock clock, JdbcClient jdbc,
                        vn.cchc.plan.PlanService planService) {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        planService.addTask(c.standingAgency(), planId, Plans.taskForm("II", "A", "Rà soát văn bản quy phạm",
                "Trước ngày 20/01/2026", c.officeUnit()));
        planService.addTask(c.standingAgency(), planId, Plans.taskForm("III", "B", "Số hóa hồ sơ tồn đọng",
                "Trước ngày 15/02/2026", c.centreUnit()));
        planService.addTask(c.standingAgency(), planId, Plans.taskForm("II", "C", "Tuyên truyền pháp luật",
                "Trước ngày 25/02/2026", c.cultureUnit()));
        planService.addTask(c.standingAgency(), planId, Plans.taskForm("V", "D", "Đánh giá công chức quý I",
                "Trước ngày 10/04/2026", c.officeUnit()));
        clock.setToday(LocalDate.of(2026, 1, 25));
        long jan = reports.start(c.unitStaff(), planId, c.officeUnit(), "2026M01");
        state(reports, jdbc, c.unitStaff(), jan, "A", ItemStatus.DONE, "Đã rà soát 5 văn bản quy phạm pháp luật",
                LocalDate.of(2026, 1, 18));
        cite(jdbc, jan, "A", "Báo cáo kết quả rà soát văn bản", "15/BC-UBND", LocalDate.of(2026, 1, 16));
        reports.submit(c.unitStaff(), jan, version(jdbc, jan), Map.of());
        reports.review(c.standingAgency(), jan, true, null, version(jdbc, jan));
        clock.setToday(LocalDate.of(2026, 2, 26));
        long febCentre = reports.start(c.unitHead(), planId, c.centreUnit(), "2026M02");
        state(reports, jdbc, c.unitHead(), febCentre, "B", ItemStatus.IN_PROGRESS, "Lời văn bị trả lại", null);
        reports.submit(c.unitHead(), febCentre, version(jdbc, febCentre), Map.of());
        reports.review(c.standingAgency(), febCentre, false, "Bổ sung minh chứng", version(jdbc, febCentre));
        long febCulture = reports.start(c.standingAgency(), planId, c.cultureUnit(), "2026M02");
        state(reports, jdbc, c.standingAgency(), febCulture, "C", ItemStatus.IN_PROGRESS, "Lời văn còn nháp", null);
        clock.setToday(TODAY);
    }

    private static void state(ReportService reports, JdbcClient jdbc, CurrentUser who, long report, String task,
                              ItemStatus status, String narrative, LocalDate completedOn) {
        reports.page(who, report);
        long[] item = jdbc.sql("""
                        select i.id, i.version from unit_report_item i join plan_task t on t.id = i.task_id
                        where i.report_id = ? and t.code = ?""").params(report, task)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        ItemForm form = new ItemForm();
        form.setStatus(status);
        form.setNarrative(narrative);
        form.setCompletedOn(completedOn);
        form.setVersion((int) item[1]);
        reports.save(who, report, Map.of(item[0], form));
    }

    /** The line of {@code task} in the report cites a new evidence document (its file is not needed here). */
    private void cite(JdbcClient jdbc, long report, String task, String title, String number, LocalDate date) {
        long document = jdbc.sql("""
                        insert into evidence_document (commune_id, unit_id, title, doc_number, doc_date, issuer, kind,
                            file_name, file_type, size_bytes, sha256, uploaded_by, uploaded_at, search_text)
                        values (?, ?, ?, ?, ?, 'UBND', 'BAO_CAO', 'bao-cao.pdf', 'PDF', 1, repeat('0', 64), ?, now(), ?)
                        returning id""")
                .params(c.id(), c.officeUnit(), title, number, date, c.unitStaff().id(), title)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into unit_report_item_evidence (item_id, document_id, commune_id)
                        select i.id, ?, ? from unit_report_item i join plan_task t on t.id = i.task_id
                        where i.report_id = ? and t.code = ?""")
                .params(document, c.id(), report, task).update();
    }

    private static int version(JdbcClient jdbc, long report) {
        return jdbc.sql("select version from unit_report where id = ?").param(report).query(Integer.class).single();
    }
}
