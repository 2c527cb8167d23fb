package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.org.UnitKind;

/**
 * Reads a whole draft and lists every problem: missing fields, duplicate codes, a missing parent, a cycle, a tree
 * deeper than area → criterion → sub-criterion, a parent whose maximum is not its children's sum, a leaf without a
 * method, a rule that cannot be read or gives more points than the maximum, survey points that do not add up.
 * {@code firstRow} is the file row of the first node, so messages point at the line the user sees.
 */
final class CriteriaValidator {

    static final String STANDING = "STANDING";
    private static final int MAX_DEPTH = 3;

    private final RuleParser rules;

    CriteriaValidator(RuleParser rules) {
        this.rules = rules;
    }

    List<ImportProblem> problems(CriteriaDraft draft, int firstRow) {
        List<ImportProblem> problems = new ArrayList<>();
        setAttributes(draft, problems);
        List<CriteriaDraft.Node> nodes = draft.criteria() == null ? List.of() : draft.criteria();
        if (nodes.isEmpty()) {
            problems.add(new ImportProblem(0, null, "parindex.import.noCriteria", new Object[0]));
            return problems;
        }
        Map<String, Integer> rowOf = new HashMap<>();
        Map<String, CriteriaDraft.Node> byCode = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            CriteriaDraft.Node n = nodes.get(i);
            int row = firstRow + i;
            String code = blankToNull(n.code());
            if (code == null) {
                problems.add(new ImportProblem(row, null, "parindex.import.codeMissing", new Object[0]));
                continue;
            }
            if (byCode.putIfAbsent(code, n) != null) {
                problems.add(new ImportProblem(row, code, "parindex.import.duplicate",
                        new Object[] {code, String.valueOf(rowOf.get(code))}));
                continue;
            }
            rowOf.put(code, row);
            if (blankToNull(n.title()) == null) {
                problems.add(new ImportProblem(row, code, "parindex.import.titleMissing", new Object[0]));
            }
            if (n.maxPoints() == null || n.maxPoints().signum() < 0 || n.maxPoints().compareTo(BigDecimal.valueOf(1000)) > 0) {
                problems.add(new ImportProblem(row, code, "parindex.import.maxPoints", new Object[0]));
            }
            String unit = blankToNull(n.unit());
            if (unit != null && !unit.equals(STANDING) && !isUnitKind(unit)) {
                problems.add(new ImportProblem(row, code, "parindex.import.unitKind", new Object[] {unit}));
            }
        }
        Map<String, List<CriteriaDraft.Node>> children = new HashMap<>();
        for (CriteriaDraft.Node n : byCode.values()) {
            String parent = blankToNull(n.parent());
            if (parent == null) {
                continue;
            }
            if (!byCode.containsKey(parent)) {
                problems.add(new ImportProblem(rowOf.get(n.code().trim()), n.code().trim(), "parindex.import.missingParent",
                        new Object[] {parent}));
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
            }
        }
        Set<String> inCycle = cycles(byCode, problems, rowOf);
        BigDecimal surveyLeaves = BigDecimal.ZERO;
        for (CriteriaDraft.Node n : byCode.values()) {
            String code = n.code().trim();
            if (inCycle.contains(code) || n.maxPoints() == null) {
                continue;
            }
            int row = rowOf.get(code);
            int depth = depth(n, byCode);
            if (depth > MAX_DEPTH) {
                problems.add(new ImportProblem(row, code, "parindex.import.tooDeep", new Object[0]));
            }
            List<CriteriaDraft.Node> kids = children.getOrDefault(code, List.of());
            String method = blankToNull(n.method());
            if (kids.isEmpty()) {
                ScoringMethod m = leafMethod(method, row, code, problems);
                if (m != null) {
                    try {
                        rules.parse(m, n.rule(), n.maxPoints());
                    } catch (RuleParser.Problem p) {
                        problems.add(new ImportProblem(row, code, p.key, p.args));
                    }
                    if (m == ScoringMethod.SURVEY) {
                        surveyLeaves = surveyLeaves.add(n.maxPoints());
                    }
                }
            } else {
                if (method != null) {
                    problems.add(new ImportProblem(row, code, "parindex.import.methodOnParent", new Object[0]));
                }
                BigDecimal sum = kids.stream().map(CriteriaDraft.Node::maxPoints)
                        .map(p -> p == null ? BigDecimal.ZERO : p).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(n.maxPoints()) != 0) {
                    problems.add(new ImportProblem(row, code, "parindex.import.sumMismatch",
                            new Object[] {plain(n.maxPoints()), plain(sum)}));
                }
            }
        }
        if (draft.surveyPoints() != null && draft.surveyPoints().compareTo(surveyLeaves) != 0) {
            problems.add(new ImportProblem(0, null, "parindex.import.surveyPoints",
                    new Object[] {plain(draft.surveyPoints()), plain(surveyLeaves)}));
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return problems;
    }

    private void setAttributes(CriteriaDraft draft, List<ImportProblem> problems) {
        if (blankToNull(draft.code()) == null || draft.code().trim().length() > 60) {
            problems.add(new ImportProblem(0, null, "parindex.import.setCode", new Object[0]));
        }
        if (blankToNull(draft.title()) == null) {
            problems.add(new ImportProblem(0, null, "parindex.import.setTitle", new Object[0]));
        }
        if (draft.year() == null || draft.year() < 2000 || draft.year() > 2100) {
            problems.add(new ImportProblem(0, null, "parindex.import.year", new Object[0]));
        }
        if (draft.grading() != null) {
            try {
                Grading.parse(draft.grading());
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(0, null, "parindex.import.grading", new Object[] {draft.grading()}));
            }
        }
        for (String dayMonth : new String[] {draft.halfDeadline(), draft.yearDeadline()}) {
            if (dayMonth != null && !validDayMonth(dayMonth)) {
                problems.add(new ImportProblem(0, null, "parindex.import.deadline", new Object[] {dayMonth}));
            }
        }
    }

    static boolean validDayMonth(String text) {
        if (!text.matches("\\d{2}/\\d{2}")) {
            return false;
        }
        try {
            java.time.MonthDay.of(Integer.parseInt(text.substring(3)), Integer.parseInt(text.substring(0, 2)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static ScoringMethod leafMethod(String method, int row, String code, List<ImportProblem> problems) {
        if (method == null) {
            problems.add(new ImportProblem(row, code, "parindex.import.methodMissing", new Object[0]));
            return null;
        }
        try {
            return ScoringMethod.valueOf(method.toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(new ImportProblem(row, code, "parindex.import.method", new Object[] {method}));
            return null;
        }
    }

    /** Codes on a parent cycle (a → b → a), each cycle reported once at its first row. */
    private static Set<String> cycles(Map<String, CriteriaDraft.Node> byCode, List<ImportProblem> problems,
                                      Map<String, Integer> rowOf) {
        Set<String> inCycle = new HashSet<>();
        for (String start : byCode.keySet()) {
            Set<String> path = new LinkedHashSet<>();
            String at = start;
            while (at != null && byCode.containsKey(at) && path.add(at)) {
                at = blankToNull(byCode.get(at).parent());
            }
            if (at != null && path.contains(at) && !inCycle.contains(at)) {
                List<String> cycle = new ArrayList<>(path).subList(new ArrayList<>(path).indexOf(at), path.size());
                inCycle.addAll(cycle);
                String first = cycle.stream().min(java.util.Comparator.comparing(rowOf::get)).orElseThrow();
                problems.add(new ImportProblem(rowOf.get(first), first, "parindex.import.cycle",
                        new Object[] {String.join(" → ", cycle) + " → " + cycle.get(0)}));
            }
        }
        return inCycle;
    }

    private static int depth(CriteriaDraft.Node n, Map<String, CriteriaDraft.Node> byCode) {
        int depth = 1;
        String parent = blankToNull(n.parent());
        while (parent != null && byCode.containsKey(parent) && depth <= MAX_DEPTH) {
            depth++;
            parent = blankToNull(byCode.get(parent).parent());
        }
        return depth;
    }

    private static boolean isUnitKind(String text) {
        try {
            UnitKind.valueOf(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
