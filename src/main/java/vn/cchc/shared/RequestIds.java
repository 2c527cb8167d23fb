package vn.cchc.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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

    /**
     * A new id: a random (version 4) UUID from the thread's own generator. An id only has to be unique, and
     * UUID.randomUUID() takes the JDK's secure source, whose one lock every request thread then queued on.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                       // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new UUID(high, low).toString();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        return MDC.get(LOG_KEY);
    }
}
