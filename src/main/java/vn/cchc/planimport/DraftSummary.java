package vn.cchc.planimport;

import java.time.Instant;
import vn.cchc.planimport.source.SourceKind;

/** A draft still under review, as the start page lists it: its source and how many items the reader found. */
public record DraftSummary(long id, String fileName, SourceKind kind, Instant createdAt, int tasks, int targets) {
}
