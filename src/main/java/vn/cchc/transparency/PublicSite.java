package vn.cchc.transparency;

import java.time.Instant;
import java.util.List;

/** A commune's public-site settings; a commune that never saved them publishes with {@link #defaults}. */
public record PublicSite(long communeId, boolean enabled, List<String> frameAncestors, String officeAddress,
                         String hotline, String onlinePortalUrl, Instant updatedAt) {

    static PublicSite defaults(long communeId) {
        return new PublicSite(communeId, true, List.of(), "", "", "", null);
    }
}
