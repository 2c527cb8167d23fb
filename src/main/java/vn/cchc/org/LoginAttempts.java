package vn.cchc.org;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** The log of login attempts, and the runs of failures that lock an account or throttle an address. */
@Repository
class LoginAttempts {

    /** Longest username stored as typed: no account's is longer, and a typed one can be anything. */
    private static final int MAX_USERNAME = 200;
    private static final int MAX_ADDRESS = 64;

    enum Outcome { FAILED, LOCKED, SUCCEEDED }

    /** How many failures, and when the last one was. */
    record Failures(int count, Instant last) {
    }

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String username, String address, Outcome outcome, Instant at) {
        jdbc.sql("insert into login_attempt (username, address, attempted_at, outcome) values (?, ?, ?, ?)")
                .params(cut(username, MAX_USERNAME), cut(address, MAX_ADDRESS), Timestamps.utc(at), outcome.name())
                .update();
    }

    /** Failures with this username (in any case) since {@code since} and since its last successful login. */
    Failures ofUsername(String username, Instant since) {
        return jdbc.sql("""
                        select count(*), max(attempted_at) from login_attempt
                        where lower(username) = lower(:username) and outcome = 'FAILED' and attempted_at > :since
                          and attempted_at > coalesce((select max(attempted_at) from login_attempt
                                                       where lower(username) = lower(:username)
                                                         and outcome = 'SUCCEEDED'), :since)""")
                .param("username", cut(username, MAX_USERNAME)).param("since", Timestamps.utc(since))
                .query(LoginAttempts::failures).single();
    }

    /** Failures from this address, whatever username they tried, since {@code since}. */
    Failures fromAddress(String address, Instant since) {
        return jdbc.sql("""
                        select count(*), max(attempted_at) from login_attempt
                        where address = ? and outcome = 'FAILED' and attempted_at > ?""")
                .params(cut(address, MAX_ADDRESS), Timestamps.utc(since))
                .query(LoginAttempts::failures).single();
    }

    private static Failures failures(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Failures(rs.getInt(1), Timestamps.instant(rs, 2));
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
    }
}
