package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away" (503) rather than a fault of the request (left to the error page). */
class DatabaseAwayTest {

    @Test
    void aPoolTimeoutARefusedConnectionAndAConnectionStateAreTheDatabaseAway() {
        assertThat(DatabaseDownFilter.databaseAway(new RuntimeException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseDownFilter.databaseAway(new IllegalStateException(new ConnectException("refused"))))
                .isTrue();
        assertThat(DatabaseDownFilter.databaseAway(new SQLException("An I/O error occurred", "08006"))).isTrue();
    }

    @Test
    void aStatementBrokenOnADeadPooledConnectionWhoseRollbackFailedIsTheDatabaseAway() {
        // what the session store threw on the first request after a database restart: the rollback on the same
        // dead connection failed, and the broken statement is only the rollback's application exception
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error",
                new SocketException("Broken pipe")));
        assertThat(DatabaseDownFilter.databaseAway(rollback)).isTrue();
    }

    @Test
    void aRefusedRowOrAFailedRollbackOfAnotherFaultIsNotTheDatabaseAway() {
        assertThat(DatabaseDownFilter.databaseAway(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseDownFilter.databaseAway(new SQLException("duplicate key", "23505"))).isFalse();
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalArgumentException("bad input"));
        assertThat(DatabaseDownFilter.databaseAway(rollback)).isFalse();
    }
}
