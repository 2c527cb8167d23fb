package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.shared.VietnamTime;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The lookup's second factor through the real importer, and the lookup itself on {@link LookupLedger}. */
@IntegrationTest
class DossierLookupTest {

    @Autowired LookupLedger ledger;
    @Autowired DossierLookup lookup;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Fixture fixture;

    Fixture.Commune c;

    @BeforeEach
    void ledger() {
        c = ledger.commune();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant at(String dayAndTime) {
        return java.time.LocalDateTime.parse(dayAndTime, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"))
                .atZone(VietnamTime.ZONE).toInstant();
    }

    private List<String> factors(String code) {
        return jdbc.sql("select coalesce(phone_tail, '-') || ' ' || coalesce(check_code, '-') from dossier"
                + " where commune_id = ? and code = ?").params(c.id(), code).query(String.class).list();
    }

    @Test
    void onlyThePhonesLastFourDigitsAreKeptAndTheCheckCodeIsNormalised() {
        assertThat(factors("L01")).containsExactly("5678 AB12CD");
        assertThat(factors("L02")).containsExactly("4321 -");
        assertThat(factors("L03")).containsExactly("1222 HSX9KQ2");
        // The whole row, every column as text: no trace of the full numbers.
        String rows = String.join("\n", jdbc.sql("select row_to_json(d)::text from dossier d where commune_id = ?")
                .param(c.id()).query(String.class).list());
        assertThat(rows).doesNotContain("0912").doesNotContain("345 678").doesNotContain("345678")
                .doesNotContain("987").doesNotContain("0905111222").doesNotContain("ab-12");
    }

    @Test
    void aReimportThatChangesTheFactorsUpdatesTheRow() {
        ImportJob job = ledger.importRows(c, List.of(LookupLedger.ROWS.get(0).replace("0912 345 678;ab-12 cd", "0912 345 999;NEW-CODE-1"),
                LookupLedger.ROWS.get(1)));

        assertThat(List.of(job.state(), job.updated(), job.unchanged())).containsExactly("DONE", 1, 1);
        assertThat(factors("L01")).containsExactly("5999 NEWCODE1");
        assertThat(lookup.find(c.id(), "L01", "5678")).isEmpty();
        assertThat(lookup.find(c.id(), "L01", "5999")).isPresent();
    }

    @Test
    void aPhoneWithFewerThanFourDigitsOrLettersAndABadCheckCodeAreRowProblemsThatDoNotRepeatTheValue() {
        Fixture.Commune other = fixture.communeInOwnProvince();
        String row = "X01;1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;;Trực tiếp;02/02/2026 08:00;04/02/2026;;;;;;%s;%s";
        ImportJob job = ledger.importRows(other, List.of(row.formatted("12-3", ""), row.formatted("09a8765432", "")
                .replace("X01", "X02"), row.formatted("0912345678", "AB").replace("X01", "X03"),
                row.formatted("", "AB#123").replace("X01", "X04"), row.formatted("0912345678", "A".repeat(21))
                        .replace("X01", "X05"), row.formatted("1234567890123456", "").replace("X01", "X06")));

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.errors()).extracting(ImportJob.RowError::line, ImportJob.RowError::messageKey, ImportJob.RowError::args)
                .containsExactly(tuple(2L, "dossier.import.row.phone", List.of()),
                        tuple(3L, "dossier.import.row.phone", List.of()),
                        tuple(4L, "dossier.import.row.checkCode", List.of()),
                        tuple(5L, "dossier.import.row.checkCode", List.of()),
                        tuple(6L, "dossier.import.row.checkCode", List.of()),
                        tuple(7L, "dossier.import.row.phone", List.of()));
        assertThat(jdbc.sql("select errors from dossier_import where commune_id = ?").param(other.id())
                .query(String.class).single()).doesNotContain("8765432").doesNotContain("AB#123");
        assertThat(jdbc.sql("select count(*) from dossier where commune_id = ?").param(other.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theDossierIsFoundByThePhoneTailOrTheCheckCodeWithItsStageAndLateness() {
        DossierLookup.Progress l01 = lookup.find(c.id(), " L01 ", "5678").orElseThrow();

        assertThat(List.of(l01.code(), l01.procedureName(), l01.field(), l01.unitName()))
                .containsExactly("L01", "Đăng ký khai sinh", "Hộ tịch", "Trung tâm Phục vụ hành chính công");
        // Appointment 04/02 read at the office's closing time; open and past it at 10/02 09:00: late.
        assertThat(List.of(l01.receivedAt(), l01.appointmentAt(), l01.dueAt()))
                .containsExactly(at("02/02/2026 08:00"), at("04/02/2026 17:00"), at("04/02/2026 17:00"));
        assertThat(l01.appointmentOn()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(List.of(l01.stage(), l01.late(), l01.dueMoved())).containsExactly(DossierLookup.Stage.PROCESSING, true, false);
        assertThat(lookup.find(c.id(), "L01", "ab 12-CD")).contains(l01);

        assertThat(List.of("L02", "L03", "L04", "L05")).map(code -> lookup.find(c.id(), code,
                        code.equals("L02") ? "4321" : code.equals("L03") ? "hsx9kq2" : code.equals("L04") ? "3444" : "RUT5555")
                .orElseThrow()).extracting(DossierLookup.Progress::stage, DossierLookup.Progress::late,
                        DossierLookup.Progress::finishedAt, DossierLookup.Progress::returnedAt, DossierLookup.Progress::apologyOn)
                .containsExactly(tuple(DossierLookup.Stage.PROCESSING, false, null, null, null),
                        tuple(DossierLookup.Stage.READY, true, at("05/02/2026 10:00"), null, LocalDate.of(2026, 2, 4)),
                        tuple(DossierLookup.Stage.RETURNED, false, at("05/02/2026 10:00"), at("06/02/2026 09:00"), null),
                        tuple(DossierLookup.Stage.WITHOUT_RESULT, false, at("04/02/2026 10:00"), null, null));
    }

    @Test
    void aWrongFactorAnotherCommunesCodeOrAMissingFactorFindNothing() {
        assertThat(lookup.find(c.id(), "L01", "1234")).isEmpty();
        assertThat(lookup.find(c.id(), "L01", "AB12CE")).isEmpty();
        assertThat(lookup.find(c.id(), "L09", "5678")).isEmpty();
        assertThat(lookup.find(fixture.commune().id(), "L01", "5678")).isEmpty();
        // L02 has no check code and L04 none either: no typed value matches the absent one.
        assertThat(lookup.find(c.id(), "L02", "")).isEmpty();
        assertThat(lookup.find(c.id(), "L04", null)).isEmpty();
        // The tail is four digits: the whole number or another part of it is not the factor.
        assertThat(lookup.find(c.id(), "L01", "0912345678")).isEmpty();
        assertThat(lookup.find(c.id(), "L01", "345678")).isEmpty();
    }
}
