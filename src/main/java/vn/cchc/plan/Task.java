package vn.cchc.plan;

import java.util.List;

/** A task (nhiệm vụ) of a plan with its product, one lead unit, any coordinating units and a typed deadline. */
public record Task(long id, long planId, String areaCode, String code, String title, String product, long leadUnitId,
                   List<Long> coordinatorUnitIds, String deadlinePhrase, DeadlineRule deadlineRule,
                   String assignmentNote, int ordinal) {
}
