package vn.cchc.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/**
 * Marking several lines at once: "in progress", or "done" on a date. A done date must be a day of the report's
 * period and not after today (a line already done takes the date given). Every chosen line is checked, and each
 * refused line is named, before anything is written.
 */
public final class BulkMark {

    private BulkMark() {
    }

    /** The statuses offered for marking; on time or late is settled from the dates when the lines are written. */
    public static final List<ItemStatus> OFFERED = List.of(ItemStatus.IN_PROGRESS, ItemStatus.DONE);

    /**
     * The problems of each chosen line, by line id (empty when the batch may be written). {@code doneOn} null means
     * today. Problems of the whole batch (no line chosen, no status) are thrown at once.
     */
    public static Map<Long, List<InvalidInput.Problem>> problems(List<Long> chosen, ItemStatus status,
                                                                  LocalDate doneOn, LocalDate periodStart,
                                                                  LocalDate periodEnd, LocalDate today) {
        if (chosen.isEmpty()) {
            throw InvalidInput.of("marked", "progress.mark.noLines");
        }
        if (status == null || !OFFERED.contains(status)) {
            throw InvalidInput.of("markStatus", "progress.mark.status");
        }
        Map<Long, List<InvalidInput.Problem>> problems = new LinkedHashMap<>();
        if (!status.done()) {
            return problems;
        }
        LocalDate date = doneOn == null ? today : doneOn;
        InvalidInput.Problem problem = null;
        if (date.isAfter(today)) {
            problem = new InvalidInput.Problem("completedOn", "progress.mark.future",
                    new Object[] {VietnamTime.DATE.format(date)});
        } else if (date.isBefore(periodStart) || date.isAfter(periodEnd)) {
            problem = new InvalidInput.Problem("completedOn", "progress.mark.outsidePeriod", new Object[] {
                    VietnamTime.DATE.format(date), VietnamTime.DATE.format(periodStart),
                    VietnamTime.DATE.format(periodEnd)});
        }
        if (problem != null) {
            for (Long lineId : chosen) {
                problems.put(lineId, List.of(problem));
            }
        }
        return problems;
    }
}
