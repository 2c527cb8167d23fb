package vn.cchc.walls;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;

/** One route of the application: an HTTP method, a path pattern and the controller method that serves it. */
record Route(HttpMethod method, String pattern, HandlerMethod handler, boolean rawBody) {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** How the rule table and the allow-lists name the route, e.g. {@code POST /plans/{id}/status}. */
    String key() {
        return method.name() + " " + pattern;
    }

    boolean writes() {
        return !HttpMethod.GET.equals(method);
    }

    /** The JSON API answers 401 to anonymous callers; pages send them to the login page. */
    boolean api() {
        return pattern.startsWith("/api/");
    }

    List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return key();
    }
}
