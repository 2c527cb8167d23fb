package vn.cchc.support;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.PlanForm;
import vn.cchc.plan.PlanKind;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TaskForm;

/** Builds plans and tasks through the real service, as a standing-agency user would. */
@Component
public class Plans {

    private final PlanService service;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Plans(PlanService service, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.service = service;
        this.jdbc = jdbc;
    }

    /** A plan already issued (decision recorded), reporting every {@code cadence}. */
    public long issuedPlan(CurrentUser editor, String periodCode, PeriodType cadence) {
        long id = plan(editor, periodCode);
        jdbc.sql("""
                        update plan set status = 'ISSUED', reporting_cadence = ?, decision_number = '123/QĐ-UBND',
                                        decision_date = date '2025-01-10' where id = ?""")
                .params(cadence.name(), id).update();
        return id;
    }

    public long plan(CurrentUser editor, String periodCode) {
        PlanForm form = new PlanForm();
        form.setKind(PlanKind.ANNUAL);
        form.setTitle("Kế hoạch CCHC " + periodCode);
        form.setPeriodCode(periodCode);
        form.setReportingCadence(PeriodType.QUARTER);
        return service.createPlan(editor, form);
    }

    public long task(CurrentUser editor, long planId, String code, String deadline, long leadUnit, Long... coordinators) {
        return service.addTask(editor, planId, taskForm("III", code, "Nhiệm vụ " + code, deadline, leadUnit, coordinators));
    }

    public static TaskForm taskForm(String area, String code, String title, String deadline, Long leadUnit,
                                    Long... coordinators) {
        TaskForm form = new TaskForm();
        form.setAreaCode(area);
        form.setCode(code);
        form.setTitle(title);
        form.setProduct("Báo cáo");
        form.setLeadUnitId(leadUnit);
        form.setCoordinatorUnitIds(new java.util.ArrayList<>(List.of(coordinators)));
        form.setDeadlinePhrase(deadline);
        return form;
    }
}
