package vn.cchc.org.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A rendered page as bytes, with the places where the request's CSRF token goes. The token is masked afresh for
 * every request (Spring's defence against BREACH), so it is never part of what is kept: each answer gets its own.
 */
record CachedPage(byte[] body, int[] tokenAt, String contentType, Locale locale, long renderedAt) {

    /**
     * Stands for the token while a page renders: letters and digits only, so no escaping changes it, and drawn at
     * random when the application starts and never sent, so that no text a user types can ask for the token.
     */
    static final String TOKEN_MARK = "cchcToken" + HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private static final byte[] MARK = TOKEN_MARK.getBytes(StandardCharsets.US_ASCII);

    static CachedPage of(byte[] body, String contentType, Locale locale) {
        int[] at = new int[8];
        int n = 0;
        for (int i = indexOf(body, 0); i >= 0; i = indexOf(body, i + MARK.length)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = i;
        }
        return new CachedPage(body, Arrays.copyOf(at, n), contentType, locale, System.nanoTime());
    }

    /** Whether the page was rendered less than {@code maxAge} ago. */
    boolean fresh(Duration maxAge) {
        return System.nanoTime() - renderedAt < maxAge.toNanos();
    }

    int weight() {
        return body.length;
    }

    /** Writes the page with this request's token in each marked place. */
    void writeTo(HttpServletResponse response, String token) throws IOException {
        byte[] value = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (locale != null) {
            response.setLocale(locale);
        }
        response.setContentLength(body.length + tokenAt.length * (value.length - MARK.length));
        OutputStream out = response.getOutputStream();
        int from = 0;
        for (int at : tokenAt) {
            out.write(body, from, at - from);
            out.write(value);
            from = at + MARK.length;
        }
        out.write(body, from, body.length - from);
    }

    private static int indexOf(byte[] body, int from) {
        outer:
        for (int i = from; i <= body.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (body[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
