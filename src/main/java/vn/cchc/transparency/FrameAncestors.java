package vn.cchc.transparency;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web origins a commune lets frame its public pages, as CSP {@code frame-ancestors} sources: one origin per line
 * (or separated by spaces or commas), each {@code https://host}, {@code https://host:port} or
 * {@code https://*.host} ({@code http://} too, for a commune website still without TLS). No path, query, keyword,
 * bare wildcard, or wildcard over a public suffix ({@code *.gov.vn}, {@code *.com.vn}, …): anything else could let
 * any site frame the page (clickjacking) or break the header. Pure rule
 * code; the CSP value is built here too so that the header and the settings page agree.
 */
public final class FrameAncestors {

    static final int MAX_ORIGINS = 20;
    /** Vietnam's second-level public suffixes: anyone may register under them, so a wildcard there means anyone. */
    private static final Set<String> PUBLIC_SUFFIXES = Set.of("com.vn", "net.vn", "org.vn", "edu.vn", "gov.vn",
            "int.vn", "ac.vn", "biz.vn", "info.vn", "name.vn", "pro.vn", "health.vn", "id.vn", "io.vn");
    private static final Pattern HOST = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern ORIGIN = Pattern.compile("(https?)://([^/:?#\\s]+)(:(\\d{1,5}))?/?",
            Pattern.CASE_INSENSITIVE);

    private FrameAncestors() {
    }

    /** The parse of a typed list: the origins kept, in order without repeats, and one problem per refused entry. */
    public record Parsed(List<String> origins, List<String> refused) {
        public boolean ok() {
            return refused.isEmpty() && origins.size() <= MAX_ORIGINS;
        }
    }

    public static Parsed parse(String text) {
        Set<String> origins = new LinkedHashSet<>();
        List<String> refused = new ArrayList<>();
        if (text != null) {
            for (String entry : text.split("[\\s,]+")) {
                if (entry.isEmpty()) {
                    continue;
                }
                String origin = origin(entry);
                if (origin == null) {
                    refused.add(entry);
                } else {
                    origins.add(origin);
                }
            }
        }
        return new Parsed(List.copyOf(origins), refused);
    }

    /** The entry as a normalised origin (lower-case host, no trailing slash), or null when it is not one. */
    static String origin(String entry) {
        var m = ORIGIN.matcher(entry.trim());
        if (!m.matches()) {
            return null;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        String typed = m.group(2).toLowerCase(Locale.ROOT);
        boolean wildcard = typed.startsWith("*.");
        String host;
        try {
            // an internationalised name (xã.vn) becomes its ASCII form, which is what browsers compare
            host = (wildcard ? "*." : "") + IDN.toASCII(wildcard ? typed.substring(2) : typed, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!HOST.matcher(host).matches() || host.length() > 253 || (wildcard && overEveryone(host.substring(2)))) {
            return null;
        }
        String port = m.group(4);
        if (port != null && (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
            return null;
        }
        return scheme + "://" + host + (port == null ? "" : ":" + Integer.parseInt(port));
    }

    /** Whether a wildcard over this domain would cover anyone's site: a top-level domain or a public suffix. */
    private static boolean overEveryone(String domain) {
        return !domain.contains(".") || PUBLIC_SUFFIXES.contains(domain);
    }

    /** The header value: the public pages' own policy with the commune's origins (besides itself) as frame-ancestors. */
    public static String contentSecurityPolicy(List<String> origins) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
                + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
    }
}
