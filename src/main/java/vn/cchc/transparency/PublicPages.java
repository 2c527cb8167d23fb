package vn.cchc.transparency;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import vn.cchc.shared.Sha256;

/**
 * Conditional GET for the public pages: the ETag is a digest of the commune's data stamp, the page, its query and
 * the language; Last-Modified is the stamp. Browsers and the commune's own website may keep a page but must ask
 * again each time ({@code no-cache}), and a page that has not changed costs a 304 and no rendering.
 */
@Component
public class PublicPages {

    private final DataStamps stamps;

    PublicPages(DataStamps stamps) {
        this.stamps = stamps;
    }

    /** When the commune's published data last changed. */
    public Instant stamp(PublicCommune c) {
        return stamps.of(c).lastModified();
    }

    /** A key that changes whenever the commune's published data does (for caches of computed figures). */
    public String version(PublicCommune c) {
        return stamps.of(c).version();
    }

    /**
     * True when the client's copy of this page is current (the 304 is then already set); otherwise the page's
     * validators are set and it should be rendered. {@code parts} name the page and whatever else its content
     * depends on (query, page number, a time bucket).
     */
    public boolean unchanged(ServletWebRequest request, PublicCommune c, Object... parts) {
        return unchangedSince(request, c, null, parts);
    }

    /**
     * As {@link #unchanged}, for a page that also holds figures computed afresh from {@code recomputedAt} on (the
     * figures page's 10-minute slot): its Last-Modified is never earlier, so a client that revalidates by date
     * alone gets the new figures too.
     */
    public boolean unchangedSince(ServletWebRequest request, PublicCommune c, Instant recomputedAt, Object... parts) {
        DataStamps.Stamp stamp = stamps.of(c);
        // the settings' own time is read from the commune as resolved for this request, not from the cached stamp,
        // so a footer or embedding change never goes out under the tag of the page before it
        StringBuilder key = new StringBuilder().append(c.id()).append('|').append(stamp.version())
                .append('|').append(c.site().updatedAt())
                .append('|').append(LocaleContextHolder.getLocale().toLanguageTag());
        for (Object part : parts) {
            key.append('|').append(part);
        }
        String etag = "\"" + Sha256.hex(key.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 24) + "\"";
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Vary", "Cookie, Accept-Encoding");
        }
        Instant lastModified = recomputedAt != null && recomputedAt.isAfter(stamp.lastModified()) ? recomputedAt
                : stamp.lastModified();
        return request.checkNotModified(etag, lastModified.toEpochMilli());
    }

    /** For answers that must never be kept (a dossier lookup): no cache, no copy on disk. */
    public static void neverStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
