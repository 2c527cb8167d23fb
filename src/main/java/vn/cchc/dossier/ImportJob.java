package vn.cchc.dossier;

import java.time.Instant;
import java.util.List;

/** An import of a one-stop export: where it stands, what it changed, and the rows it refused. */
public record ImportJob(long id, long communeId, String fileName, long fileSize, String state, String phase, int progress,
                        int rowsRead, int inserted, int updated, int unchanged, int errorCount, List<RowError> errors,
                        String message, String createdBy, Instant createdAt, Instant finishedAt) {

    public boolean running() {
        return state.equals("QUEUED") || state.equals("RUNNING");
    }

    /** A refused row: its line in the user's file and the reason as a message key with arguments. */
    public record RowError(long line, String messageKey, List<String> args) {
        /** The arguments, with field names (stored as message keys) in the reader's language. */
        public Object[] localisedArgs(org.springframework.context.MessageSource messages, java.util.Locale locale) {
            return args.stream().map(a -> a.startsWith("dossier.field.") ? messages.getMessage(a, null, a, locale) : a)
                    .toArray();
        }
    }
}
