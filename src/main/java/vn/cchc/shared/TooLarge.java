package vn.cchc.shared;

/** A body over a configured size limit that is not a multipart upload (e.g. a streamed import); answers 413. */
public class TooLarge extends Refusal {

    public TooLarge(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
