package vn.cchc.planimport;

import java.time.Instant;
import vn.cchc.planimport.source.SourceKind;

/**
 * An import draft of a commune: the reader's findings, the reviewer's form (as the reader found it until first
 * saved), where it came from, and whether a plan was made of it.
 */
public record StoredDraft(long id, long communeId, Status status, Long planId, SourceKind sourceKind,
                          String fileName, long sizeBytes, Instant createdAt, ImportDraft draft, ReviewForm review) {

    public enum Status { DRAFT, CREATED, DISCARDED }

    public boolean open() {
        return status == Status.DRAFT;
    }
}
