package vn.cchc.org;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/**
 * The log of login attempts, and the runs of failures that lock an account or throttle an address. Usernames come
 * as {@link LoginName}, addresses as {@link AddressGroup}: both fit their columns and hold no NUL.
 */
@Repository
class LoginAttempts {

    enum Outcome { FAILED, LOCKED, SUCCEEDED, UNLOCKED }

    /** How many failures, and when the last one was. */
    record Failures(int count, Instant last) {
    }

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Until the transaction ends, waits for and then holds off every other attempt with this username (in any case)
     * or from this address: what one attempt counts and records, the next one sees. Usernames before addresses,
     * always, so two attempts never wait for each other.
     */
    void serialise(String username, String address) {
        jdbc.sql("select pg_advisory_xact_lock(1, hashtext(lower(?)))").param(username).query().singleRow();
        jdbc.sql("select pg_advisory_xact_lock(2, hashtext(?))").param(address).query().singleRow();
    }

    long record(String username, String address, Outcome outcome, Instant at) {
        return jdbc.sql("""
                        insert into login_attempt (username, address, attempted_at, outcome) values (?, ?, ?, ?)
                        returning id""")
                .params(username, address, Timestamps.utc(at), outcome.name()).query(Long.class).single();
    }

    void succeeded(long attemptId) {
        jdbc.sql("update login_attempt set outcome = 'SUCCEEDED' where id = ?").param(attemptId).update();
    }

    /** The admin's password reset or enabling of this user ends their account's run of failures. */
    void recordUnlock(long userId, Instant at) {
        jdbc.sql("""
                        insert into login_attempt (username, address, attempted_at, outcome)
                        select username, '', ?, 'UNLOCKED' from app_user where id = ?""")
                .params(Timestamps.utc(at), userId).update();
    }

    /** Failures with this username (in any case) since {@code since} and since its last success or unlock. */
    Failures ofUsername(String username, Instant since) {
        return jdbc.sql("""
                        select count(*), max(attempted_at) from login_attempt
                        where lower(username) = lower(:username) and outcome = 'FAILED'
                          and attempted_at > greatest(:since,
                                (select max(attempted_at) from login_attempt
                                 where lower(username) = lower(:username) and outcome = 'SUCCEEDED'),
                                (select max(attempted_at) from login_attempt
                                 where lower(username) = lower(:username) and outcome = 'UNLOCKED'))""")
                .param("username", username).param("since", Timestamps.utc(since))
                .query(LoginAttempts::failures).single();
    }

    /** Failures from this address, whatever username they tried, since {@code since}. */
    Failures fromAddress(String address, Instant since) {
        return jdbc.sql("""
                        select count(*), max(attempted_at) from login_attempt
                        where address = ? and outcome = 'FAILED' and attempted_at > ?""")
                .params(address, Timestamps.utc(since))
                .query(LoginAttempts::failures).single();
    }

    boolean refusedSince(LoginLocked.Reason reason, String username, String address, Instant since) {
        String refused = reason == LoginLocked.Reason.ACCOUNT
                ? "lower(username) = lower(:username)" : "address = :address";
        return jdbc.sql("select exists (select 1 from login_attempt where " + refused
                        + " and outcome = 'LOCKED' and attempted_at >= :since)")
                .param("username", username).param("address", address).param("since", Timestamps.utc(since))
                .query(Boolean.class).single();
    }

    /** One instance at a time: another's clean-up running at the same minute deletes nothing (issue 20). */
    int deleteBefore(Instant before) {
        return jdbc.sql("""
                delete from login_attempt where attempted_at < ? and (select pg_try_advisory_xact_lock(72410003))""")
                .param(Timestamps.utc(before)).update();
    }

    private static Failures failures(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Failures(rs.getInt(1), Timestamps.instant(rs, 2));
    }
}
