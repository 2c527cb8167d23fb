package vn.cchc.progress;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.shared.InvalidInput;

/**
 * A save of the whole report refused line by line: values to correct, lines someone else saved since the page was
 * read, and lines no longer in the report (their task was deleted from the plan meanwhile). Nothing was written.
 * The page shows each line's messages beside what the user typed.
 */
class LinesRefused extends RuntimeException {

    private final Map<Long, List<InvalidInput.Problem>> problems;
    private final Set<Long> changedMeanwhile;
    private final Set<Long> removedMeanwhile;

    LinesRefused(Map<Long, List<InvalidInput.Problem>> problems, Set<Long> changedMeanwhile,
                 Set<Long> removedMeanwhile) {
        super("refused lines " + problems.keySet() + ", changed meanwhile " + changedMeanwhile
                + ", removed meanwhile " + removedMeanwhile, null, false, false);
        this.problems = Map.copyOf(problems);
        this.changedMeanwhile = Set.copyOf(changedMeanwhile);
        this.removedMeanwhile = Set.copyOf(removedMeanwhile);
    }

    static LinesRefused changedMeanwhile(long itemId) {
        return new LinesRefused(Map.of(), Set.of(itemId), Set.of());
    }

    static LinesRefused invalid(long itemId, List<InvalidInput.Problem> problems) {
        return new LinesRefused(Map.of(itemId, problems), Set.of(), Set.of());
    }

    /** Values to correct answer 422; lines that only changed (or went) under the user answer 409. */
    int status() {
        return problems.isEmpty() ? 409 : 422;
    }

    Map<Long, List<InvalidInput.Problem>> problems() {
        return problems;
    }

    Set<Long> changedMeanwhile() {
        return changedMeanwhile;
    }

    Set<Long> removedMeanwhile() {
        return removedMeanwhile;
    }

    boolean refuses(long itemId) {
        return problems.containsKey(itemId) || changedMeanwhile.contains(itemId);
    }

    /** Collects the problems of every line before anything is written. */
    static final class Collector {
        private final Map<Long, List<InvalidInput.Problem>> problems = new LinkedHashMap<>();
        private final Set<Long> changedMeanwhile = new LinkedHashSet<>();
        private final Set<Long> removedMeanwhile = new LinkedHashSet<>();

        void invalid(long itemId, List<InvalidInput.Problem> lineProblems) {
            problems.put(itemId, lineProblems);
        }

        void changedMeanwhile(long itemId) {
            changedMeanwhile.add(itemId);
        }

        void removedMeanwhile(long itemId) {
            removedMeanwhile.add(itemId);
        }

        void throwIfAny() {
            if (!problems.isEmpty() || !changedMeanwhile.isEmpty() || !removedMeanwhile.isEmpty()) {
                throw new LinesRefused(problems, changedMeanwhile, removedMeanwhile);
            }
        }
    }
}
