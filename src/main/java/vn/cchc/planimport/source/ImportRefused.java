package vn.cchc.planimport.source;

import java.util.List;

/**
 * A document the importer cannot read, with the message key (prefix {@code planimport.refused.}) and arguments
 * that tell the user why: empty, a scanned PDF with no text layer, a DOCX zip bomb, text that is not UTF-8.
 * The web layer shows it on the upload form with a 4xx status; nothing is stored.
 */
public class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public ImportRefused(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }

    static ImportRefused empty() {
        return new ImportRefused("planimport.refused.empty");
    }
}
