package vn.cchc.survey;

/**
 * Why the public form refused an answer, with the HTTP status the page is sent with: nothing was stored, and the
 * person sees the message on the form (429 too many answers, 409 dossier already rated, 410 survey closed).
 */
class PublicRefusal extends RuntimeException {

    private final int status;
    private final String messageKey;

    PublicRefusal(int status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
