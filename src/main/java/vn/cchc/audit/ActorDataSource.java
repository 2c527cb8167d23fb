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
final class ActorDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(ActorDataSource.class);
    private static final String TELL = "select set_config('cchc.actor', ?, false), set_config('cchc.actor_id', ?, false),"
            + " set_config('cchc.address', ?, false), set_config('cchc.request_id', ?, false)";
    private static final String FORGET = "select set_config('cchc.actor', '', false), set_config('cchc.actor_id', '', false),"
            + " set_config('cchc.address', '', false), set_config('cchc.request_id', '', false)";

    ActorDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tell(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tell(super.getConnection(username, password));
    }

    private Connection tell(Connection connection) throws SQLException {
        WebActor actor = WebActor.ofWriteRequest();
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
