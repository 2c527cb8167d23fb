package vn.cchc.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.shared.InvalidInput;

/**
 * A save of the whole report refused line by line: values to correct, and lines someone else saved since the page
 * was read. Nothing was written. The page shows each line's messages beside what the user typed.
 */
class LinesRefused extends RuntimeException {

    private final Map<Long, List<InvalidInput.Problem>> problems;
    private final Set<Long> changedMeanwhile;

    LinesRefused(Map<Long, List<InvalidInput.Problem>> problems, Set<Long> changedMeanwhile) {
        super("refused lines " + problems.keySet() + ", changed meanwhile " + changedMeanwhile, null, false, false);
        this.problems = Map.copyOf(problems);
        this.changedMeanwhile = Set.copyOf(changedMeanwhile);
    }

    static LinesRefused changedMeanwhile(long itemId) {
        return new LinesRefused(Map.of(), Set.of(itemId));
    }

    static LinesRefused invalid(long itemId, List<InvalidInput.Problem> problems) {
        return new LinesRefused(Map.of(itemId, problems), Set.of());
    }

    /** Values to correct answer 422; lines that only changed under the user answer 409, like a single line did. */
    int status() {
        return problems.isEmpty() ? 409 : 422;
    }

    Map<Long, List<InvalidInput.Problem>> problems() {
        return problems;
    }

    Set<Long> changedMeanwhile() {
        return changedMeanwhile;
    }

    boolean refuses(long itemId) {
        return problems.containsKey(itemId) || changedMeanwhile.contains(itemId);
    }

    /** Collects the problems of every line before anything is written. */
    static final class Collector {
        private final Map<Long, List<InvalidInput.Problem>> problems = new LinkedHashMap<>();
        private final Set<Long> changedMeanwhile = new LinkedHashSet<>();

        void invalid(long itemId, List<InvalidInput.Problem> lineProblems) {
            problems.put(itemId, lineProblems);
        }

        void changedMeanwhile(long itemId) {
            changedMeanwhile.add(itemId);
        }

        void throwIfAny() {
            if (!problems.isEmpty() || !changedMeanwhile.isEmpty()) {
                throw new LinesRefused(problems, changedMeanwhile);
            }
        }
    }
}
