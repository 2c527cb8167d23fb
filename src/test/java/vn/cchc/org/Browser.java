package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session cookie over a real HTTP client, sent to whichever instance a request goes to (as a load
 * balancer without sticky sessions would); redirects are not followed, so tests see them.
 */
final class Browser {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String cookie = "";

    /** The session cookie, to send again after a sign-out as a copy of it would be. */
    String cookie() {
        return cookie;
    }

    void cookie(String value) {
        cookie = value;
    }

    /** Form login with the login page's CSRF token; the session it makes is the browser's. */
    void login(String base, String username) throws Exception {
        String token = token(base, "/login");
        HttpResponse<String> login = post(base, "/login", token, "username", username, "password",
                vn.cchc.support.Fixture.PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    /** The CSRF token of the form a page carries. */
    String token(String base, String path) throws Exception {
        HttpResponse<String> page = get(base, path);
        Matcher m = TOKEN.matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF token on " + path).isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String base, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String base, String path, String token, String... fields) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        request.header("Accept", "text/html");
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("JSESSIONID="))
                .forEach(h -> cookie = h.contains("Max-Age=0") ? "" : h.split(";")[0]);
        return response;
    }
}
