package vn.cchc.registers.propaganda;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import vn.cchc.shared.InvalidInput;

/**
 * An article names its unit, channel and date (not after today) and shows where it can be read: a web link (http
 * or https only, so no script or file link reaches a page) or an evidence file.
 */
final class ArticleRules {

    private static final int MAX_TITLE = 300;
    private static final int MAX_LINK = 1000;

    private ArticleRules() {
    }

    static void check(ArticleForm f, LocalDate today, InvalidInput.Collector problems) {
        if (f.getTitle() == null || f.getTitle().isBlank()) {
            problems.add("title", "validation.required");
        } else if (f.getTitle().strip().length() > MAX_TITLE) {
            problems.add("title", "validation.tooLong", MAX_TITLE);
        }
        if (f.getUnitId() == null) {
            problems.add("unitId", "validation.required");
        }
        if (f.getChannel() == null) {
            problems.add("channel", "validation.required");
        }
        if (f.getPublishedOn() == null) {
            problems.add("publishedOn", "validation.required");
        } else if (f.getPublishedOn().isAfter(today)) {
            problems.add("publishedOn", "registers.date.future");
        }
        boolean link = f.getLink() != null && !f.getLink().isBlank();
        if (!link && f.getDocumentId() == null) {
            problems.add("link", "registers.article.linkOrFile");
        } else if (link && f.getLink().strip().length() > MAX_LINK) {
            problems.add("link", "validation.tooLong", MAX_LINK);
        } else if (link && !webLink(f.getLink().strip())) {
            problems.add("link", "registers.article.linkNotWeb");
        }
    }

    /** An absolute http(s) address with a host. */
    static boolean webLink(String s) {
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
