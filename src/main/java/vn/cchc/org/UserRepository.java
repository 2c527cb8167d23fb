package vn.cchc.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CurrentUser> byUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(?)").param(username)
                .query(UserRepository::user).optional();
    }

    /** An enabled user as they would be signed in (no password): whom a secret feed address speaks for. */
    Optional<CurrentUser> enabledById(long userId) {
        return jdbc.sql("select * from app_user where id = ? and enabled").param(userId)
                .query(UserRepository::user).optional().map(u -> {
                    u.eraseCredentials();
                    return u;
                });
    }

    /** The stamp a session of this user must hold to stay valid; empty once the user is disabled or gone. */
    Optional<Long> securityStampOfEnabled(long userId) {
        return jdbc.sql("select security_stamp from app_user where id = ? and enabled").param(userId)
                .query(Long.class).optional();
    }

    List<UserRow> ofCommune(long communeId) {
        return jdbc.sql("""
                        select u.id, u.username, u.full_name, u.role, u.enabled, u.email, u.unit_id, o.name as unit_name
                        from app_user u left join org_unit o on o.id = u.unit_id
                        where u.commune_id = ? order by u.role, u.username""")
                .param(communeId).query(UserRepository::row).list();
    }

    Optional<UserRow> byId(long userId) {
        return jdbc.sql("""
                        select u.id, u.username, u.full_name, u.role, u.enabled, u.email, u.unit_id, o.name as unit_name
                        from app_user u left join org_unit o on o.id = u.unit_id where u.id = ?""")
                .param(userId).query(UserRepository::row).optional();
    }

    Optional<UserRow> ofCommune(long communeId, long userId) {
        return jdbc.sql("""
                        select u.id, u.username, u.full_name, u.role, u.enabled, u.email, u.unit_id, o.name as unit_name
                        from app_user u left join org_unit o on o.id = u.unit_id where u.id = ? and u.commune_id = ?""")
                .params(userId, communeId).query(UserRepository::row).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    long insert(String username, String passwordHash, String fullName, Role role, long provinceId, Long communeId,
                Long unitId, String email) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, role, province_id, commune_id, unit_id, email)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(username, passwordHash, fullName, role.name(), provinceId, communeId, unitId, email)
                .query(Long.class).single();
    }

    // A new password, role, unit or a change of enabled bumps the user's security stamp (a trigger): their open sessions end.
    int setPassword(long communeId, long userId, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = ? where id = ? and commune_id = ?")
                .params(passwordHash, userId, communeId).update();
    }

    int setEmail(long communeId, long userId, String email) {
        return jdbc.sql("update app_user set email = ? where id = ? and commune_id = ?")
                .params(email, userId, communeId).update();
    }

    int setRoleAndUnit(long communeId, long userId, Role role, Long unitId) {
        return jdbc.sql("update app_user set role = ?, unit_id = ? where id = ? and commune_id = ?")
                .params(role.name(), unitId, userId, communeId).update();
    }

    int setEnabled(long communeId, long userId, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where id = ? and commune_id = ?")
                .params(enabled, userId, communeId).update();
    }

    private static CurrentUser user(ResultSet rs, int n) throws SQLException {
        return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("province_id"),
                (Long) rs.getObject("commune_id"), (Long) rs.getObject("unit_id"), rs.getBoolean("enabled"),
                rs.getLong("security_stamp"));
    }

    private static UserRow row(ResultSet rs, int n) throws SQLException {
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), (Long) rs.getObject("unit_id"), rs.getString("unit_name"),
                rs.getBoolean("enabled"), rs.getString("email"));
    }

    record UserRow(long id, String username, String fullName, Role role, Long unitId, String unitName,
                   boolean enabled, String email) {
    }
}
