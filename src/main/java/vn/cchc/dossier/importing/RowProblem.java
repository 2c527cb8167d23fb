package vn.cchc.dossier.importing;

/** Why one row of an import cannot be taken: a message key and its arguments, reported with the line number. */
final class RowProblem extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    RowProblem(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
