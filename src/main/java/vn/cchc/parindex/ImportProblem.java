package vn.cchc.parindex;

/** What is wrong with one row of a criteria-set file (row 0: the set's attributes), as a message key. */
public record ImportProblem(int row, String code, String messageKey, Object[] args) {
}
