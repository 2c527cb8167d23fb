package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.support.IntegrationTest;

/**
 * What {@link SessionReadsWithoutTransaction} assumes of Spring Session's database store, on the real tables: a
 * read goes through {@code execute} (run without a transaction), every write through {@code executeWithoutResult}
 * (run in one). Should a later Spring Session write through {@code execute}, this fails before a session is half
 * written.
 */
@IntegrationTest
class SessionTransactionsTest {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;

    /** Records which of the two each call of the store used. */
    static final class Recording implements TransactionOperations {
        final List<String> calls = new ArrayList<>();
        final TransactionOperations target;

        Recording(TransactionOperations target) {
            this.target = target;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            calls.add("read");
            return target.execute(action);
        }

        @Override
        public void executeWithoutResult(Consumer<TransactionStatus> action) {
            calls.add("write");
            target.executeWithoutResult(action);
        }
    }

    @Test
    void theStoreReadsThroughExecuteAndWritesThroughExecuteWithoutResult() {
        Recording recording = new Recording(new SessionReadsWithoutTransaction(new TransactionTemplate(transactions)));
        @SuppressWarnings("unchecked")   // its session class is not public: use it through the interface
        SessionRepository<Session> store = (SessionRepository<Session>) (SessionRepository<?>)
                new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), recording);

        Session session = store.createSession();
        session.setAttribute("user", "bnt.vhxh");
        session.setAttribute("csrf", "token");
        store.save(session);
        assertThat(recording.calls).containsExactly("write");

        Session found = store.findById(session.getId());
        assertThat(found.<String>getAttribute("user")).isEqualTo("bnt.vhxh");
        assertThat(recording.calls).containsExactly("write", "read");

        found.setAttribute("csrf", "another");
        found.removeAttribute("user");
        store.save(found);
        store.deleteById(session.getId());
        assertThat(recording.calls).containsExactly("write", "read", "write", "write");
        assertThat(store.findById(session.getId())).isNull();
    }
}
