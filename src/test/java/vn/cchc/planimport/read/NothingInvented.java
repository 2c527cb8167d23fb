package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.LineSpan;

/** The "never invent an item you cannot point to in the source", as an assertion on a whole draft. */
final class NothingInvented {

    private NothingInvented() {
    }

    /**
     * Nothing is invented: the words of every task's title, lead and deadline, every target's text and every
     * stated date's phrase are on the lines its span points at, in order.
     */
    private static final int HEADING_REACH = 8;

    static void assertPointsToSource(ImportDraft d) {
        List<String> missing = new ArrayList<>();
        for (DraftTask t : d.tasks()) {
            check(d, t.span(), t.title(), missing);
            // a duty's lead is its unit's heading, on the lines just above the duty
            LineSpan withHeading = new LineSpan(Math.max(1, t.span().first() - HEADING_REACH), t.span().last());
            check(d, t.code() == null ? withHeading : t.span(), t.leadText(), missing);
            check(d, t.span(), t.deadlinePhrase(), missing);
            check(d, t.span(), t.product(), missing);
        }
        for (DraftTarget t : d.targets()) {
            check(d, t.span(), t.text(), missing);
            check(d, t.span(), t.responsibleText(), missing);
        }
        for (DraftDate date : d.dates()) {
            check(d, date.span(), date.phrase(), missing);
            check(d, date.span(), date.label(), missing);
        }
        assertThat(missing).as(PlanDump.of(d)).isEmpty();
    }

    private static void check(ImportDraft d, LineSpan span, String text, List<String> missing) {
        if (text == null) {
            return;
        }
        String lines = d.lines().stream().filter(l -> l.number() >= span.first() && l.number() <= span.last())
                .map(l -> l.text()).collect(Collectors.joining(" "));
        int at = 0;
        for (String word : text.split("[\\s|]+")) {
            String w = word.replaceAll("^[\\p{P}&&[^(“\"]]+|[\\p{P}&&[^)%”\"]]+$", "");
            if (w.isEmpty()) {
                continue;
            }
            int found = lines.indexOf(w, at);
            if (found < 0) {
                missing.add("«" + w + "» of «" + text + "» not in lines " + span);
                return;
            }
            at = found + w.length();
        }
    }
}
