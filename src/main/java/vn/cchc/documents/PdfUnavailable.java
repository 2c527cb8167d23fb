package vn.cchc.documents;

import vn.cchc.shared.Refusal;

/**
 * No PDF could be made: LibreOffice is missing or broken (503), it took longer than the configured timeout (503: the
 * server is busy, a later try may work), or it failed on the document (500). The message key says which.
 */
public class PdfUnavailable extends Refusal {

    private final int status;

    PdfUnavailable(int status, String messageKey, Object... args) {
        super(messageKey, args);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}
