package vn.cchc.survey;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.support.Fixture;

/**
 * A fixed set of responses on the test questionnaire (S1 → ACCESS, S2 → RESULT, both SERVICE; share of 4–5 answers;
 * minimum sample 30), inserted straight by SQL so result tests can assert figures computed by hand:
 * <pre>
 * r1 2026-11-03 centre  "Hộ tịch" counter  S1=5 S2=4 (E1=1, E2=1;3, D1=3, T1 text)
 * r2 2026-11-10 centre  "Hộ tịch" counter  S1=4 S2=2
 * r3 2026-11-12 office  "Đất đai" —        S1=3 S2=5
 * r4 2026-11-20 office  "Đất đai" —        S1=2
 * r5 2026-11-21 centre  —         counter  S1=1 S2=1  flagged straight-lining, EXCLUDED
 * r6 2026-11-25 centre  —         counter  S1=5 S2=5  flagged too-fast, not reviewed (counts)
 * r7 2026-10-30 centre  "Hộ tịch" counter  S1=1 S2=1  (October)
 * November: ACCESS 3/5 = 60,0%, RESULT 3/4 = 75,0%, SERVICE = overall = 67,5%, 5 respondents.
 * </pre>
 */
@Component
public class SurveyRows {

    private final SurveySetup setup;
    private final JdbcClient jdbc;

    SurveyRows(SurveySetup setup, JdbcClient jdbc) {
        this.setup = setup;
        this.jdbc = jdbc;
    }

    public record Rows(long surveyId, long formId, long counterId, List<Long> responses) {
        /** Response rN (1-based, as in the table). */
        public long r(int n) {
            return responses.get(n - 1);
        }
    }

    public Rows insert(Fixture.Commune c) {
        Survey s = setup.survey(c, LocalDate.of(2026, 10, 1));
        long counter = jdbc.sql("""
                        insert into survey_point (commune_id, survey_id, token, kind, label, unit_id)
                        values (?, ?, ?, 'COUNTER', 'Quầy 1', ?) returning id""")
                .params(c.id(), s.id(), "q" + s.id() + "x" + c.id(), c.centreUnit()).query(Long.class).single();
        Rows rows = new Rows(s.id(), s.formId(), counter, List.of(
                response(c, s, counter, c.centreUnit(), "Hộ tịch", "2026-11-03", "", "NONE",
                        "S1=5 S2=4 E1=1 E2=1 E2=3 D1=3 T1:Nhanh, gọn"),
                response(c, s, counter, c.centreUnit(), "Hộ tịch", "2026-11-10", "", "NONE", "S1=4 S2=2"),
                response(c, s, null, c.officeUnit(), "Đất đai", "2026-11-12", "", "NONE", "S1=3 S2=5"),
                response(c, s, null, c.officeUnit(), "Đất đai", "2026-11-20", "", "NONE", "S1=2"),
                response(c, s, counter, c.centreUnit(), null, "2026-11-21", "straight-lining", "EXCLUDED", "S1=1 S2=1"),
                response(c, s, counter, c.centreUnit(), null, "2026-11-25", "too-fast", "NONE", "S1=5 S2=5"),
                response(c, s, counter, c.centreUnit(), "Hộ tịch", "2026-10-30", "", "NONE", "S1=1 S2=1")));
        return rows;
    }

    /** Answers as "S1=5 E2=1 T1:text" (a text answer last, it may hold spaces). */
    private long response(Fixture.Commune c, Survey s, Long point, long unit, String field, String on, String flags,
                          String review, String answers) {
        long id = jdbc.sql("""
                        insert into survey_response (commune_id, survey_id, form_id, point_id, unit_id, field, channel,
                            submitted_at, answered_on, device_hash, dossier_code, flags, review)
                        values (?, ?, ?, ?, ?, ?, 'WEB', now(), ?, 'hash-of-a-device', null, ?, ?) returning id""")
                .params(c.id(), s.id(), s.formId(), point, unit, field, LocalDate.parse(on), flags, review)
                .query(Long.class).single();
        String values = answers.contains(":") ? answers.substring(0, answers.lastIndexOf(' ', answers.indexOf(':')) + 1)
                : answers;
        for (String a : values.trim().split(" ")) {
            String[] kv = a.split("=");
            jdbc.sql("insert into survey_answer (commune_id, response_id, item_code, value) values (?, ?, ?, ?)")
                    .params(c.id(), id, kv[0], Integer.parseInt(kv[1])).update();
        }
        if (answers.contains(":")) {
            String text = answers.substring(answers.lastIndexOf(' ', answers.indexOf(':')) + 1);
            jdbc.sql("insert into survey_answer (commune_id, response_id, item_code, text) values (?, ?, ?, ?)")
                    .params(c.id(), id, text.substring(0, text.indexOf(':')), text.substring(text.indexOf(':') + 1))
                    .update();
        }
        return id;
    }
}
