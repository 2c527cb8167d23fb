package vn.cchc.progress;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.cchc.plan.TaskTimeliness;

/**
 * Gives the report and work-list pages the number of working days a coordinating unit's date comes before the
 * lead's, so a coordinator's line can say why its date is earlier.
 */
@ControllerAdvice(assignableTypes = {ReportController.class, ProgressController.class})
class CoordinatorDaysAdvice {

    private final TaskTimeliness timeliness;

    CoordinatorDaysAdvice(TaskTimeliness timeliness) {
        this.timeliness = timeliness;
    }

    @ModelAttribute("coordinatorDays")
    int coordinatorDays() {
        return timeliness.settings().coordinatorLeadWorkingDays();
    }
}
