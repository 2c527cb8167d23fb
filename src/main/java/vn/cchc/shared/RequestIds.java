package vn.cchc.shared;

import org.slf4j.MDC;

/**
 * The id of the request this thread serves, as the log lines carry it (set by the operations module's filter from
 * {@code X-Request-Id}), so that the audit log names a request by the same id as the logs do.
 */
public final class RequestIds {

    /** The logging-context key: the {@code requestId} field of a JSON log line. */
    public static final String LOG_KEY = "requestId";

    private RequestIds() {
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(LOG_KEY);
    }
}
