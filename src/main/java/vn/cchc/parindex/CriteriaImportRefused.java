package vn.cchc.parindex;

import java.util.List;

/** A criteria-set file was refused whole; every problem is listed and nothing was stored. */
public class CriteriaImportRefused extends RuntimeException {

    private final transient List<ImportProblem> problems;

    CriteriaImportRefused(List<ImportProblem> problems) {
        super(problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    static CriteriaImportRefused of(String key, Object... args) {
        return new CriteriaImportRefused(List.of(new ImportProblem(0, null, key, args)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
