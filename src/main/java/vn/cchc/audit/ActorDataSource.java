package vn.cchc.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Tells the database who acts, for the audit triggers: a connection taken during a web request that may write gets
 * the actor, address and request id as session settings ({@code cchc.actor} ...), and has them cleared when it goes
 * back to the pool, so a scheduled job that takes it next writes as the system, never as the last web user. Reads
 * (GET) pay nothing. A connection whose settings cannot be cleared (in a transaction, broken) leaves the pool.
 */
final class ActorDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActorDataSource.class);
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();
    private static final String TELL = "select set_config('cchc.actor', ?, false), set_config('cchc.actor_id', ?, false),"
            + " set_config('cchc.address', ?, false), set_config('cchc.request_id', ?, false)";
    private static final String FORGET = "select set_config('cchc.actor', '', false), set_config('cchc.actor_id', '', false),"
            + " set_config('cchc.address', '', false), set_config('cchc.request_id', '', false)";

    ActorDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        WebActor actor = actor();
        return tell(super.getConnection(), actor);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        WebActor actor = actor();
        return tell(super.getConnection(username, password), actor);
    }

    /**
     * The actor of this thread's write request, found before a connection is taken (so nothing can leave one
     * borrowed). Finding the signed-in user may read the session from the database (sessions live there): that
     * nested connection is a read and is lent without an actor; asking again there would recurse, each level
     * holding a connection, until the pool ran dry.
     */
    private static WebActor actor() {
        if (RESOLVING.get() != null) {
            return null;
        }
        RESOLVING.set(Boolean.TRUE);
        try {
            return WebActor.ofWriteRequest();
        } finally {
            RESOLVING.remove();
        }
    }

    /** Closes the pool it wraps when the context ends (the wrapper, not the pool, is the bean Spring destroys). */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    private Connection tell(Connection connection, WebActor actor) throws SQLException {
        if (actor == null) {
            return connection;
        }
        try (PreparedStatement set = connection.prepareStatement(TELL)) {
            set.setString(1, actor.name());
            set.setString(2, actor.userId() == null ? "" : actor.userId().toString());
            set.setString(3, actor.address());
            set.setString(4, actor.requestId());
            set.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Forgetting(connection));
    }

    /** Clears the settings before the connection returns to the pool; evicts it when that cannot be done. */
    private void forget(Connection connection) throws SQLException {
        boolean cleared = false;
        try {
            // in a transaction the clearing could be rolled back with it: only a connection in autocommit is reused
            if (!connection.isClosed() && connection.getAutoCommit()) {
                try (Statement clear = connection.createStatement()) {
                    clear.execute(FORGET);
                    cleared = true;
                }
            }
        } catch (SQLException e) {
            log.warn("Audit actor not cleared from a connection; it leaves the pool: {}", e.getMessage());
        }
        if (!cleared && getTargetDataSource() instanceof HikariDataSource pool) {
            pool.evictConnection(connection);
        }
        connection.close();
    }

    private final class Forgetting implements InvocationHandler {

        private final Connection target;
        private boolean closed;

        Forgetting(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        forget(target);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed || target.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
    }
}
