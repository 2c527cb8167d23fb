package vn.cchc.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where task completion comes from: the progress module, which knows the accepted reports, implements this so the
 * plan's own pages (plan, overview, a unit's tasks) show the same statuses without depending on it.
 */
public interface TaskCompletions {

    /** Per task of the plan: its lead unit's completed occurrences, as occurrence due date → completion date. */
    Map<Long, Map<LocalDate, LocalDate>> leadCompletions(long communeId, long planId);
}
