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

    Plans(PlanService service) {
        this.service = service;
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
