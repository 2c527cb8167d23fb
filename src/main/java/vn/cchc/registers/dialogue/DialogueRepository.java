package vn.cchc.registers.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the dialogues, scoped to the commune. */
@Repository
class DialogueRepository {

    private static final String SELECT = """
            select d.*, u.name unit_name from registers_dialogue d left join org_unit u on u.id = d.follow_up_unit_id""";

    private final JdbcClient jdbc;

    DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Dialogue> ofYear(long communeId, int year) {
        return jdbc.sql(SELECT + " where d.commune_id = ? and extract(year from d.held_on) = ? order by d.held_on desc, d.id desc")
                .params(communeId, year).query(DialogueRepository::row).list();
    }

    Optional<Dialogue> find(long communeId, long id) {
        return jdbc.sql(SELECT + " where d.commune_id = ? and d.id = ?").params(communeId, id)
                .query(DialogueRepository::row).optional();
    }

    long insert(long communeId, DialogueForm f) {
        return jdbc.sql("""
                        insert into registers_dialogue (commune_id, held_on, kind, title, chair, participants, issues,
                            answers, follow_up, follow_up_unit_id, follow_up_due)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communeId, f.getHeldOn(), f.getKind().name(), strip(f.getTitle()), strip(f.getChair()),
                        strip(f.getParticipants()), strip(f.getIssues()), strip(f.getAnswers()),
                        strip(f.getFollowUp()), f.getFollowUpUnitId(), f.getFollowUpDue())
                .query(Long.class).single();
    }

    void update(long communeId, long id, DialogueForm f) {
        jdbc.sql("""
                        update registers_dialogue set held_on = ?, kind = ?, title = ?, chair = ?, participants = ?,
                            issues = ?, answers = ?, follow_up = ?, follow_up_unit_id = ?, follow_up_due = ?
                        where commune_id = ? and id = ?""")
                .params(f.getHeldOn(), f.getKind().name(), strip(f.getTitle()), strip(f.getChair()),
                        strip(f.getParticipants()), strip(f.getIssues()), strip(f.getAnswers()),
                        strip(f.getFollowUp()), f.getFollowUpUnitId(), f.getFollowUpDue(), communeId, id)
                .update();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Dialogue row(ResultSet rs, int n) throws SQLException {
        return new Dialogue(rs.getLong("id"), rs.getLong("commune_id"), rs.getObject("held_on", LocalDate.class),
                Dialogue.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("chair"),
                rs.getString("participants"), rs.getString("issues"), rs.getString("answers"),
                rs.getString("follow_up"), rs.getObject("follow_up_unit_id", Long.class), rs.getString("unit_name"),
                rs.getObject("follow_up_due", LocalDate.class));
    }
}
