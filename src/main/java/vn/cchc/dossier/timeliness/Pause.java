package vn.cchc.dossier.timeliness;

import java.time.Instant;

/**
 * A stretch during which the processing clock stood still: a supplementation request (from the request until the
 * citizen completes the dossier) or another legally justified pause. {@code end} is null while it lasts.
 */
public record Pause(Kind kind, Instant start, Instant end) {

    public enum Kind {
        SUPPLEMENT, OTHER
    }

    public Pause {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A pause cannot end before it starts");
        }
    }

    public boolean open() {
        return end == null;
    }
}
