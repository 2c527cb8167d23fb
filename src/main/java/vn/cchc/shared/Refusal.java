package vn.cchc.shared;

/** A refusal that carries a message key and its arguments, so the error page tells the user why in their language. */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected Refusal(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
