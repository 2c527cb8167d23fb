package vn.cchc.org;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The database's sessions without a write on every request: Spring Session marks a session changed whenever a
 * request touches it (its last access time), so each page view would cost an UPDATE of the session's row. This
 * store saves a session only when something in it changed (sign-in, a CSRF token, a flash message, sign-out, a new
 * id) or when its last saved access is older than the touch interval; a session thus ends at most one interval
 * before its timeout after its last request.
 *
 * <p>It also reads a session once per request, not twice: Spring Session commits a session both when the response is
 * committed (a page written in full) and when the request ends, and the second commit asks the store for the session
 * again. The session a request found is kept for its thread until {@link #requestEnded()}.
 */
final class SparseTouchSessions implements SessionRepository<SparseTouchSessions.Tracked> {

    private final SessionRepository<Session> store;
    private final Duration touchInterval;
    private final ThreadLocal<Tracked> ofThisRequest = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    SparseTouchSessions(SessionRepository<? extends Session> store, Duration touchInterval) {
        this.store = (SessionRepository<Session>) store;
        this.touchInterval = touchInterval;
    }

    @Override
    public Tracked createSession() {
        Tracked session = new Tracked(store.createSession());
        session.changed = true;
        return session;
    }

    @Override
    public void save(Tracked session) {
        Duration sinceSaved = Duration.between(session.savedAccess, session.session.getLastAccessedTime());
        if (session.changed || sinceSaved.compareTo(touchInterval) >= 0) {
            store.save(session.session);
            session.changed = false;
            session.savedAccess = session.session.getLastAccessedTime();
        }
        ofThisRequest.set(session);
    }

    @Override
    public Tracked findById(String id) {
        Tracked known = ofThisRequest.get();
        if (known != null && known.getId().equals(id)) {
            return known;
        }
        Session found = store.findById(id);
        Tracked tracked = found == null ? null : new Tracked(found);
        ofThisRequest.set(tracked);
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        ofThisRequest.remove();
        store.deleteById(id);
    }

    /** The request on this thread is over: the next one reads its session from the store again. */
    void requestEnded() {
        ofThisRequest.remove();
    }

    /** A stored session that records whether anything but its last access time changed. */
    static final class Tracked implements Session {

        private final Session session;
        private Instant savedAccess;
        private boolean changed;

        Tracked(Session session) {
            this.session = session;
            this.savedAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
