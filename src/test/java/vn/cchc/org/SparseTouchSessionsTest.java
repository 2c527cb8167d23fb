package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/**
 * The session store in front of the database's: a session read once per request (Spring Session asks twice when a
 * page commits its answer before the request ends), written only when something in it changed or once a minute.
 */
class SparseTouchSessionsTest {

    /** Spring Session's in-memory store, counting what reaches it. */
    static final class CountingStore extends MapSessionRepository {
        final AtomicInteger finds = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();

        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            finds.incrementAndGet();
            return super.findById(id);
        }

        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            super.save(session);
        }
    }

    private final CountingStore store = new CountingStore();
    private final SparseTouchSessions sessions = new SparseTouchSessions(store, Duration.ofMinutes(1));

    private String signedIn() {
        SparseTouchSessions.Tracked session = sessions.createSession();
        session.setAttribute("user", "bnt.vhxh");
        sessions.save(session);
        sessions.requestEnded();
        store.finds.set(0);
        store.saves.set(0);
        return session.getId();
    }

    @Test
    void aRequestThatCommitsTwiceReadsItsSessionOnceAndWritesNothing() {
        String id = signedIn();
        SparseTouchSessions.Tracked first = sessions.findById(id);   // the page asks for its session
        sessions.save(first);                                         // the answer is committed
        SparseTouchSessions.Tracked again = sessions.findById(id);   // the request ends: Spring Session asks again
        sessions.save(again);
        sessions.requestEnded();

        assertThat(again).isSameAs(first);
        assertThat(store.finds).hasValue(1);
        assertThat(store.saves).hasValue(0);
    }

    @Test
    void theNextRequestOnTheSameThreadReadsTheStoreAfresh() {
        String id = signedIn();
        sessions.findById(id);
        sessions.requestEnded();
        MapSession elsewhere = store.findById(id);   // another instance changes it
        elsewhere.setAttribute("user", "changed elsewhere");
        store.save(elsewhere);
        store.finds.set(0);

        assertThat(sessions.findById(id).<String>getAttribute("user")).isEqualTo("changed elsewhere");
        assertThat(store.finds).hasValue(1);
    }

    @Test
    void aChangeIsWrittenOnceAndAnUntouchedSessionOnlyAfterTheTouchInterval() {
        String id = signedIn();
        SparseTouchSessions.Tracked session = sessions.findById(id);
        session.setAttribute("flash", "Đã lưu");
        sessions.save(session);
        sessions.save(session);   // the second commit of the same request
        sessions.requestEnded();
        assertThat(store.saves).hasValue(1);

        SparseTouchSessions.Tracked later = sessions.findById(id);
        later.setLastAccessedTime(later.getLastAccessedTime().plusSeconds(59));
        sessions.save(later);
        assertThat(store.saves).as("59 s after the last write").hasValue(1);
        later.setLastAccessedTime(later.getLastAccessedTime().plusSeconds(1));
        sessions.save(later);
        assertThat(store.saves).as("60 s after the last write").hasValue(2);
    }

    @Test
    void aDeletedSessionIsNotFoundAgainInTheSameRequest() {
        String id = signedIn();
        sessions.findById(id);
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }
}
