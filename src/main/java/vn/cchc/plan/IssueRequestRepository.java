package vn.cchc.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.shared.Timestamps;

/** SQL for the open requests to issue a draft plan, one per plan, scoped to the commune. */
@Repository
class IssueRequestRepository {

    // Read model: the requester's name comes from org's user table, for the panel and the chairman's list.
    private static final String SELECT = """
            select r.plan_id, r.commune_id, r.requested_by, u.full_name, r.requested_at, r.note
            from plan_issue_request r join app_user u on u.id = r.requested_by""";

    private final JdbcClient jdbc;

    IssueRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request; a resend replaces the earlier one (new sender, time and note). */
    void save(long communeId, long planId, long userId, Instant at, String note) {
        jdbc.sql("""
                        insert into plan_issue_request (plan_id, commune_id, requested_by, requested_at, note)
                        values (?, ?, ?, ?, ?)
                        on conflict (plan_id, commune_id) do update set requested_by = excluded.requested_by,
                            requested_at = excluded.requested_at, note = excluded.note""")
                .params(planId, communeId, userId, Timestamps.utc(at), note).update();
    }

    boolean delete(long communeId, long planId) {
        return jdbc.sql("delete from plan_issue_request where commune_id = ? and plan_id = ?")
                .params(communeId, planId).update() > 0;
    }

    Optional<IssueRequest> find(long communeId, long planId) {
        return jdbc.sql(SELECT + " where r.commune_id = ? and r.plan_id = ?").params(communeId, planId)
                .query(IssueRequestRepository::row).optional();
    }

    /** The commune's open requests, oldest first (the one waiting longest heads the chairman's list). */
    List<IssueRequest> open(long communeId) {
        return jdbc.sql(SELECT + " where r.commune_id = ? order by r.requested_at, r.plan_id").param(communeId)
                .query(IssueRequestRepository::row).list();
    }

    private static IssueRequest row(ResultSet rs, int n) throws SQLException {
        return new IssueRequest(rs.getLong("plan_id"), rs.getLong("commune_id"), rs.getLong("requested_by"),
                rs.getString("full_name"), Timestamps.instant(rs, "requested_at"), rs.getString("note"));
    }
}
