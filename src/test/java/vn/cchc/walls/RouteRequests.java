package vn.cchc.walls;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;
import vn.cchc.org.CurrentUser;

/**
 * The request for a route: every input with its good value for the given commune unless a value is given for it
 * (the battery's bad value), sent as the given user (none: anonymous) with a valid CSRF token on writes.
 */
final class RouteRequests {

    /** What a browser asks for when it follows a link or posts a form. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private RouteRequests() {
    }

    /** The route's inputs, with the fields of routes that read all parameters into a map. */
    static List<Input> inputs(Route route) {
        List<Input> inputs = new ArrayList<>(Input.of(route));
        GoodValues.mapFields(route).keySet().forEach(n -> inputs.add(Input.field(n, String.class)));
        return inputs;
    }

    /** The request a user of the page would send: every input, files included. */
    static MockHttpServletRequestBuilder of(Route route, FullCommune ids, CurrentUser as) {
        return build(route, ids, as, Map.of(), true);
    }

    /**
     * The request with {@code given} values in place of the good ones. An optional file part is sent only when it is
     * given: storing a file (fsynced) on every request of the battery would dominate its time.
     */
    static MockHttpServletRequestBuilder varied(Route route, FullCommune ids, CurrentUser as,
                                                Map<String, String> given) {
        return build(route, ids, as, given, false);
    }

    private static MockHttpServletRequestBuilder build(Route route, FullCommune ids, CurrentUser as,
                                                       Map<String, String> given, boolean optionalFiles) {
        List<Input> inputs = inputs(route);
        Map<String, String> values = new LinkedHashMap<>();
        for (Input i : inputs) {
            values.put(i.name(), given.containsKey(i.name()) ? given.get(i.name()) : GoodValues.mapFields(route)
                    .getOrDefault(i.name(), GoodValues.of(route, i, ids)));
        }
        String path = route.pattern();
        for (Input i : inputs) {
            if (i.source() == Input.Source.PATH) {
                String segment = UriUtils.encodePathSegment(values.get(i.name()), StandardCharsets.UTF_8);
                path = path.replace("{" + i.name() + "}", segment);
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        inputs.stream().filter(i -> i.source() == Input.Source.KEY)
                .forEach(i -> keys.put(i.name(), values.get(i.name())));
        URI uri = URI.create(path);
        inputs.removeIf(i -> i.optionalFile() && !optionalFiles && !given.containsKey(i.name()));
        boolean hasFile = inputs.stream().anyMatch(i -> i.source() == Input.Source.FILE);
        MockHttpServletRequestBuilder request = hasFile ? MockMvcRequestBuilders.multipart(route.method(), uri)
                : MockMvcRequestBuilders.request(route.method(), uri);
        for (Input i : inputs) {
            String v = values.get(i.name());
            String name = withKeys(i.name(), keys);
            switch (i.source()) {
                case FIELD -> request.param(name, v);
                case HEADER -> request.header(name, v);
                case FILE -> ((MockMultipartHttpServletRequestBuilder) request).file(new MockMultipartFile(name, v,
                        MediaType.APPLICATION_OCTET_STREAM_VALUE, GoodValues.fileContent(route)));
                case PATH, KEY -> { }
            }
        }
        if (!route.api()) {
            request.accept(BROWSER);
        }
        if (route.rawBody()) {
            request.contentType(MediaType.APPLICATION_OCTET_STREAM).content(GoodValues.body());
        }
        if (route.writes()) {
            request.with(csrf());
        }
        if (as != null) {
            request.with(user(as));
        }
        return request;
    }

    /** {@code lines[{lines}].status} with the value of the map key {@code lines}. */
    private static String withKeys(String name, Map<String, String> keys) {
        for (Map.Entry<String, String> key : keys.entrySet()) {
            name = name.replace("{" + key.getKey() + "}", key.getValue());
        }
        return name;
    }
}
