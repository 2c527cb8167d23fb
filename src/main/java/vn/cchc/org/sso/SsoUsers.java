package vn.cchc.org.sso;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/** The organisation's rows a sign-in through the provider reads, and the link of a user to their OIDC subject. */
class SsoUsers {

    /** An account found by its username: whom it belongs to, and the subject it is linked to, if any. */
    record Account(long id, long provinceId, Long communeId, String issuer, String subject) {
    }

    record CommuneRef(long id, long provinceId) {
    }

    private final JdbcClient jdbc;

    SsoUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> linked(String issuer, String subject) {
        return jdbc.sql("select id from app_user where oidc_issuer = ? and oidc_subject = ?").params(issuer, subject)
                .query(Long.class).optional();
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("""
                        select id, province_id, commune_id, oidc_issuer, oidc_subject from app_user
                        where lower(username) = lower(?)""").param(username)
                .query((rs, n) -> new Account(rs.getLong("id"), rs.getLong("province_id"),
                        (Long) rs.getObject("commune_id"), rs.getString("oidc_issuer"), rs.getString("oidc_subject")))
                .optional();
    }

    /** The user as a session holds them: with their security stamp, without the password hash. */
    CurrentUser user(long id) {
        CurrentUser user = jdbc.sql("select * from app_user where id = ?").param(id).query(SsoUsers::user).single();
        user.eraseCredentials();
        return user;
    }

    void link(long userId, String issuer, String subject) {
        jdbc.sql("update app_user set oidc_issuer = ?, oidc_subject = ? where id = ?").params(issuer, subject, userId)
                .update();
    }

    Optional<Long> province(String code) {
        return jdbc.sql("select id from province where code = ?").param(code).query(Long.class).optional();
    }

    Optional<CommuneRef> commune(String code) {
        return jdbc.sql("select id, province_id from commune where code = ?").param(code)
                .query((rs, n) -> new CommuneRef(rs.getLong("id"), rs.getLong("province_id"))).optional();
    }

    /** An active unit of the commune named by its short name (any case) or its id. */
    Optional<Long> unit(long communeId, String shortNameOrId) {
        return jdbc.sql("""
                        select id from org_unit where commune_id = ? and active
                        and (lower(short_name) = lower(?) or id::text = ?) order by id limit 1""")
                .params(communeId, shortNameOrId, shortNameOrId).query(Long.class).optional();
    }

    /** A provisioned user has no password: the hash is no BCrypt hash, so no password ever matches it. */
    long insert(String username, String fullName, Role role, long provinceId, Long communeId, Long unitId,
                String email, String issuer, String subject) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, province_id, commune_id, unit_id,
                                              email, oidc_issuer, oidc_subject)
                        values (?, 'sso-only', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, fullName, role.name(), provinceId, communeId, unitId, email, issuer, subject)
                .query(Long.class).single();
    }

    private static CurrentUser user(ResultSet rs, int n) throws SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("province_id"),
                (Long) rs.getObject("commune_id"), (Long) rs.getObject("unit_id"), rs.getBoolean("enabled"),
                rs.getLong("security_stamp"));
    }
}
