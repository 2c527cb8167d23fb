package vn.cchc.shared;

/** A body over a configured size limit that is not a multipart upload (e.g. a streamed import); answers 413. */
public class TooLarge extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public TooLarge(String messageKey, Object... args) {
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
