package vn.cchc.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows of the CCHC registers written straight to the tables, for tests of what reads them (figures, reports); the
 * registers' own tests go through their forms. Days are ISO strings ("2026-03-05"); null means not set.
 */
@Component
public class RegisterEntries {

    private final JdbcClient jdbc;

    RegisterEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An inspection of {@code unit} held on {@code day}; answers the record's id. */
    public long inspection(Fixture.Commune c, long unit, String day) {
        return jdbc.sql("""
                        insert into inspection_record (commune_id, unit_id, inspected_on, inspectors, conclusion,
                            created_at, created_by)
                        values (?, ?, ?, 'Tổ kiểm tra', 'Kết luận', now(), ?) returning id""")
                .params(c.id(), unit, day(day), c.standingAgency().id()).query(Long.class).single();
    }

    /** A finding of the record for {@code unit} to fix by {@code due}, fixed on {@code fixed} (null: open). */
    public void finding(Fixture.Commune c, long record, long unit, String due, String fixed) {
        jdbc.sql("""
                        insert into inspection_finding (commune_id, record_id, unit_id, content, deadline_phrase,
                            due_on, status, fixed_on, created_at, created_by)
                        values (?, ?, ?, 'Vấn đề', 'Ngày ' || ?, ?, ?, ?, now(), ?)""")
                .params(c.id(), record, unit, due, day(due), fixed == null ? "OPEN" : "FIXED", day(fixed),
                        c.standingAgency().id())
                .update();
    }

    public void initiative(Fixture.Commune c, long unit, String proposed, String applied, String recognised) {
        jdbc.sql("""
                        insert into registers_initiative (commune_id, unit_id, title, proposed_on, applied_on,
                            recognised_on, recognised_by, decision_number)
                        values (?, ?, 'Sáng kiến', ?, ?, ?, ?, ?)""")
                .params(c.id(), unit, day(proposed), day(applied), day(recognised),
                        recognised == null ? null : "Hội đồng sáng kiến", recognised == null ? null : "12/QĐ-UBND")
                .update();
    }

    /** A dialogue ({@code kind} DIALOGUE) or a conference (CONFERENCE) held on {@code day}. */
    public void dialogue(Fixture.Commune c, String day, String kind) {
        jdbc.sql("""
                        insert into registers_dialogue (commune_id, held_on, kind, title, chair)
                        values (?, ?, ?, 'Chủ đề', 'Chủ tịch')""")
                .params(c.id(), day(day), kind).update();
    }

    public void article(Fixture.Commune c, long unit, String day) {
        jdbc.sql("""
                        insert into registers_article (commune_id, unit_id, title, link, channel, published_on)
                        values (?, ?, 'Tin CCHC', 'https://example.gov.vn/tin', 'COMMUNE_SITE', ?)""")
                .params(c.id(), unit, day(day)).update();
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
