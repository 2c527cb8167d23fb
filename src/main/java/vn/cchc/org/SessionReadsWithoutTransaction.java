package vn.cchc.org;

import java.util.function.Consumer;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * How Spring Session's database store runs its statements: a read (one SELECT of the session and its attributes,
 * through {@code execute}) runs alone, without BEGIN and COMMIT, which halves the round trips every request pays; a
 * write (the session row and its attributes, through {@code executeWithoutResult}) keeps its own transaction.
 * {@code SessionTransactionsTest} checks that the store still calls each as this assumes.
 */
final class SessionReadsWithoutTransaction implements TransactionOperations {

    private final TransactionOperations writes;

    SessionReadsWithoutTransaction(TransactionOperations writes) {
        this.writes = writes;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return action.doInTransaction(new SimpleTransactionStatus(false));
    }

    @Override
    public void executeWithoutResult(Consumer<TransactionStatus> action) {
        writes.executeWithoutResult(action);
    }
}
