package vn.cchc.planimport;

import java.util.List;

/**
 * A task read from an appendix table row, an inline form ("Cơ quan chủ trì: …", "Thời gian thực hiện: …") or a
 * responsibility section. Units are kept as written ({@code leadText}, {@code coordinatorsText}) and as matched
 * to the commune's units; {@code allOtherUnits} stands for "các phòng, ban chuyên môn" and the like. The deadline
 * is the phrase as written; the plan module parses it when the plan is created and on the review page.
 * {@code offered} marks a duty read from a responsibility section ("1. Phòng Văn hóa – Xã hội: - …") of a
 * document that already lists its tasks in a table or inline forms: it is in the draft so nothing is lost, but the
 * review page should leave it unchecked. {@code leadSuggested} marks a lead the document does not name (it gives
 * the task to every unit, or to none) but the reader suggests from the task's reform area, for the reviewer to confirm.
 */
public record DraftTask(String areaCode, String code, String title, String product, String leadText, Long leadUnitId,
                        String coordinatorsText, List<Long> coordinatorUnitIds, boolean allOtherUnits,
                        String deadlinePhrase, String assignmentNote, LineSpan span, Confidence confidence,
                        boolean offered, boolean leadSuggested) {
    public DraftTask {
        coordinatorUnitIds = coordinatorUnitIds == null ? List.of() : List.copyOf(coordinatorUnitIds);
    }

    /** A task the document states as a task (a table row, an inline form): not merely offered. */
    public DraftTask(String areaCode, String code, String title, String product, String leadText, Long leadUnitId,
                     String coordinatorsText, List<Long> coordinatorUnitIds, boolean allOtherUnits,
                     String deadlinePhrase, String assignmentNote, LineSpan span, Confidence confidence) {
        this(areaCode, code, title, product, leadText, leadUnitId, coordinatorsText, coordinatorUnitIds, allOtherUnits,
                deadlinePhrase, assignmentNote, span, confidence, false, false);
    }

    /** A task as the document states it (its lead, if any, is written there), stated or merely offered. */
    public DraftTask(String areaCode, String code, String title, String product, String leadText, Long leadUnitId,
                     String coordinatorsText, List<Long> coordinatorUnitIds, boolean allOtherUnits,
                     String deadlinePhrase, String assignmentNote, LineSpan span, Confidence confidence,
                     boolean offered) {
        this(areaCode, code, title, product, leadText, leadUnitId, coordinatorsText, coordinatorUnitIds, allOtherUnits,
                deadlinePhrase, assignmentNote, span, confidence, offered, false);
    }
}
