package vn.cchc.shared;

/**
 * A business rule refused the request. It carries a message key (and arguments) that becomes the user's
 * message, and the form field it concerns, if any.
 */
public class Rejection extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public Rejection(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
