package vn.cchc.registers;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.calendar.Period;

/** SQL behind the register indicators: what happened in a period, by date, scoped to the commune. */
@Repository
class RegisterCounts {

    private final JdbcClient jdbc;

    RegisterCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units with an initiative applied or recognised in the period (an initiative counts when it took effect). */
    List<Long> unitsWithInitiative(long communeId, Period p) {
        return jdbc.sql("""
                        select distinct unit_id from registers_initiative where commune_id = ?
                          and ((applied_on between ? and ?) or (recognised_on between ? and ?))""")
                .params(communeId, p.start(), p.end(), p.start(), p.end()).query(Long.class).list();
    }

    long initiativesRecognised(long communeId, Period p) {
        return jdbc.sql("select count(*) from registers_initiative where commune_id = ? and recognised_on between ? and ?")
                .params(communeId, p.start(), p.end()).query(Long.class).single();
    }

    long dialogues(long communeId, Period p) {
        return jdbc.sql("select count(*) from registers_dialogue where commune_id = ? and held_on between ? and ?")
                .params(communeId, p.start(), p.end()).query(Long.class).single();
    }

    long articles(long communeId, Period p) {
        return jdbc.sql("select count(*) from registers_article where commune_id = ? and published_on between ? and ?")
                .params(communeId, p.start(), p.end()).query(Long.class).single();
    }

    List<RegisterFigures.Article> articleDates(long communeId, Period p) {
        return articleDates(communeId, p.start(), p.end());
    }

    List<RegisterFigures.Article> articleDates(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql("select unit_id, published_on from registers_article where commune_id = ? and published_on between ? and ?")
                .params(communeId, from, to)
                .query((rs, n) -> new RegisterFigures.Article(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** Initiatives proposed, applied and recognised between two days, each counted at the stage's own date. */
    long[] initiativeStages(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) filter (where proposed_on between ? and ?),
                               count(*) filter (where applied_on between ? and ?),
                               count(*) filter (where recognised_on between ? and ?)
                        from registers_initiative where commune_id = ?""")
                .params(from, to, from, to, from, to, communeId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** Dialogues and conferences held between two days, in that order. */
    long[] dialogueKinds(long communeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) filter (where kind = 'DIALOGUE'), count(*) filter (where kind = 'CONFERENCE')
                        from registers_dialogue where commune_id = ? and held_on between ? and ?""")
                .params(communeId, from, to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
