package vn.cchc.plan;

import java.time.LocalDate;
import java.util.List;

/** A task as screens show it: with unit names, its concrete due dates and its status as of today. */
public record TaskView(Task task, String leadUnitName, List<String> coordinatorNames, String leadUnitShortName,
                       List<String> coordinatorShortNames, List<DeadlineRule.Occurrence> occurrences, LocalDate nextDue,
                       TaskStatus status, String planTitle) {

    /** The date to show in lists: the next due date, or the last one when all have passed. */
    public LocalDate shownDue() {
        if (nextDue != null || occurrences.isEmpty()) {
            return nextDue;
        }
        return occurrences.get(occurrences.size() - 1).due();
    }

    public boolean ledBy(long unitId) {
        return task.leadUnitId() == unitId;
    }
}
