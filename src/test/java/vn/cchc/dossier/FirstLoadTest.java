package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * A commune's first load goes straight into the ledger with its rollups counted as the rows are written: the
 * rollups must be the ones a rebuild from the ledger makes, and a refused first load must store nothing.
 */
@IntegrationTest
class FirstLoadTest {

    @Autowired Fixture fixture;
    @Autowired Ledgers ledgers;
    @Autowired Rollups rollups;
    @Autowired WorkingCalendars calendars;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFirstLoadsRollupsAreTheOnesARebuildFromTheLedgerMakes() {
        Fixture.Commune c = ledgers.communeOn10February2026();
        clock.setToday(LocalDate.of(2026, 1, 20));
        StringWriter file = new StringWriter();
        // A year of about 2,000 dossiers (the test limit on a file is 1 MB): both units, six officers, open ones spanning month ends, late ones, fees.
        long rows = new SyntheticDossiers(calendars.of(c.provinceId()), 7,
                List.of("Trung tâm Phục vụ hành chính công", "Văn phòng HĐND và UBND"),
                List.of("Cán bộ A", "Cán bộ B", "Cán bộ C", "Cán bộ D", "Cán bộ E", "Cán bộ F"))
                .write(file, "HS", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 8,
                        LocalDateTime.of(2026, 1, 20, 9, 0));

        ImportJob job = ledgers.importBytes(c.unitHead(), "nam-2025.csv", file.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(job.state()).as(String.valueOf(job.errors())).isEqualTo("DONE");
        assertThat(job.inserted()).isEqualTo(rows);
        List<List<Map<String, Object>>> tallied = rollupRows(c.id());
        assertThat(tallied.get(0)).hasSizeGreaterThan(100);
        assertThat(tallied.get(1)).isNotEmpty();
        assertThat(tallied.get(2)).hasSize(12);

        rollups.rebuild(c.id(), YearMonth.of(2025, 1), YearMonth.of(2026, 1), YearMonth.of(2026, 1));

        assertThat(rollupRows(c.id())).isEqualTo(tallied);
    }

    @Test
    void theBinaryCopyStoresEachValueAsTheFileGivesIt() {
        Fixture.Commune c = ledgers.communeOn10February2026();

        ledgers.importBytes(c.unitHead(), "hoso.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8));

        // HS03: counter, 20.000 đ, received 12/01 08:00, due 13/01 17:00, finished 14/01 09:00 (late, apology 13/01).
        Map<String, Object> hs03 = jdbc.sql("""
                select channel, online_level, fee, paid_online, digitised, rating, outcome, forced_late, ack_late,
                       supplement_count, to_char(received_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') received,
                       to_char(apology_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') apology,
                       to_char(end_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') ended, unit_id is not null unit
                from dossier where commune_id = ? and code = 'HS03'""").param(c.id()).query().singleRow();
        assertThat(hs03).containsEntry("channel", "D").containsEntry("online_level", null)
                .containsEntry("fee", new java.math.BigDecimal("20000")).containsEntry("paid_online", false)
                .containsEntry("digitised", true).containsEntry("rating", 1).containsEntry("outcome", 3)
                .containsEntry("forced_late", false).containsEntry("ack_late", null)
                .containsEntry("supplement_count", 0).containsEntry("received", "12/01/2026 08:00")
                .containsEntry("apology", "13/01/2026 16:00").containsEntry("ended", "14/01/2026 09:00")
                .containsEntry("unit", true);
        assertThat(jdbc.sql("select supplement_count from dossier where commune_id = ? and code = 'HS08'").param(c.id())
                .query(Short.class).single()).isEqualTo((short) 2);
    }

    @Test
    void aRefusedFirstLoadStoresNothing() {
        Fixture.Commune c = ledgers.communeOn10February2026();
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.set(2, rows.get(2).replace("Trực tiếp", "Fax"));
        rows.add("HS12;9.999;Thủ tục lạ;Khác;TTPVHCC;Trần Thị Bình;Trực tiếp;;;02/02/2026 08:00;03/02/2026;;;;0;;;;;;");

        ImportJob job = ledgers.importBytes(c.unitHead(), "loi.csv", Ledgers.csv(rows).getBytes(StandardCharsets.UTF_8));

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.errors()).extracting(ImportJob.RowError::line).containsExactly(4L);
        for (String table : List.of("dossier", "dossier_month", "dossier_open_month")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where commune_id = ?").param(c.id())
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from tthc_procedure where commune_id = ? and code = '9.999'")
                .param(c.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCodeRepeatedInAFirstLoadIsListedWithBothLinesAndNothingIsStored() {
        Fixture.Commune c = ledgers.communeOn10February2026();
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.add(rows.get(4));

        ImportJob job = ledgers.importBytes(c.unitHead(), "trung.csv", Ledgers.csv(rows).getBytes(StandardCharsets.UTF_8));

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.rowsRead()).isEqualTo(11);
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.args()).containsExactly("HS05", "6");
        });
        assertThat(jdbc.sql("select count(*) from dossier where commune_id = ?").param(c.id()).query(Long.class)
                .single()).isZero();
    }

    private List<List<Map<String, Object>>> rollupRows(long communeId) {
        return List.of(
                jdbc.sql("select * from dossier_month where commune_id = ? order by month, unit_id, procedure_code, officer")
                        .param(communeId).query().listOfRows(),
                jdbc.sql("select * from dossier_open_month where commune_id = ? order by month, unit_id, procedure_code, officer")
                        .param(communeId).query().listOfRows(),
                jdbc.sql("select month from dossier_open_snapshot where commune_id = ? order by month")
                        .param(communeId).query().listOfRows());
    }
}
