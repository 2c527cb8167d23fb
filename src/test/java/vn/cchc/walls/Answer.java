package vn.cchc.walls;

import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What a route answered. MockMvc rethrows an exception nothing handled instead of answering 500 (the servlet
 * container would), so such an exception is recorded here as a 500 with its cause.
 */
record Answer(int status, String location, MockHttpServletResponse response, Throwable thrown) {

    static Answer of(MockMvc mvc, RequestBuilder request) {
        try {
            MvcResult r = mvc.perform(request).andReturn();
            return new Answer(r.getResponse().getStatus(), r.getResponse().getRedirectedUrl(), r.getResponse(),
                    r.getResolvedException());
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            if (Boolean.getBoolean("cchc.sweep.traces")) {
                cause.printStackTrace(System.out);
            }
            return new Answer(500, null, null, cause);
        }
    }

    /** The body as text, decoded only when a check reads it (most checks need only the status). */
    String body() {
        try {
            return response == null ? "" : response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean serverError() {
        return status >= 500;
    }

    boolean refused() {
        return status >= 400 && status < 500;
    }

    @Override
    public String toString() {
        String cause = thrown == null ? ""
                : " (" + thrown.getClass().getSimpleName() + ": " + abbreviate(thrown.getMessage()) + ")";
        return status + (location == null ? "" : " → " + location) + cause;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
