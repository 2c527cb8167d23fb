package vn.cchc.planimport;

import java.time.Instant;
import vn.cchc.planimport.source.SourceKind;

/** A draft still under review, as the start page lists it: its source, how many items the reader found and its
 * title (as the reviewer last saved it, else as read), so that several pasted drafts can be told apart. */
public record DraftSummary(long id, String fileName, SourceKind kind, Instant createdAt, int tasks, int targets,
                           String title) {
}
