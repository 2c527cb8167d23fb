package vn.cchc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What "copy last period's statement" writes: for each line of this report whose task had a line in the last report
 * sent, the text stated there, into this line's empty fields only (typed text is never replaced). When the earlier
 * report had several occurrences of the task, the latest one's text is copied.
 */
public final class StatementCopy {

    private StatementCopy() {
    }

    /** A line's text as the rule reads it (blank is empty). */
    public record Text(long lineId, long taskId, LocalDate occurrenceDue, String narrative, String reason) {
    }

    /** The text to put into a line's empty fields; a null field is left as it is. */
    public record Fill(long lineId, String narrative, String reason) {
    }

    public static List<Fill> fills(List<Text> lines, List<Text> lastSent) {
        Map<Long, Text> source = new HashMap<>();
        Comparator<Text> byOccurrence = Comparator.comparing(Text::occurrenceDue,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Text t : lastSent) {
            source.merge(t.taskId(), t, (a, b) -> byOccurrence.compare(a, b) >= 0 ? a : b);
        }
        List<Fill> fills = new ArrayList<>();
        for (Text line : lines) {
            Text from = source.get(line.taskId());
            if (from == null) {
                continue;
            }
            String narrative = empty(line.narrative()) && !empty(from.narrative()) ? from.narrative() : null;
            String reason = empty(line.reason()) && !empty(from.reason()) ? from.reason() : null;
            if (narrative != null || reason != null) {
                fills.add(new Fill(line.lineId(), narrative, reason));
            }
        }
        return fills;
    }

    private static boolean empty(String text) {
        return text == null || text.isBlank();
    }
}
