package vn.cchc.plan;

import java.time.Instant;

/** A draft plan sent to the chairman for issuing: who sent it, when, and the note for the chairman (may be null). */
public record IssueRequest(long planId, long communeId, long requestedBy, String requesterName, Instant requestedAt,
                           String note) {
}
