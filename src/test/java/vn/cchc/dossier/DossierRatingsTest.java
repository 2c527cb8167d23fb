package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.indicators.WindowQueries;
import vn.cchc.shared.Conflict;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Survey ratings attached to dossiers of the hand-computed January 2026 ledger. By hand, January has 10 judged
 * dossiers, 4 late or overdue and 1 rated "not satisfied" (HS03), so 766 indicator 5.4 (max 6 points, full at 90%)
 * is 1 − 5/10 = 50% → 6 × 0.5 / 0.9 = 3.33 points before any survey.
 */
@IntegrationTest
class DossierRatingsTest {

    @Autowired Ledgers ledgers;
    @Autowired Fixture fixture;
    @Autowired DossierRatings ratings;
    @Autowired ServiceIndicators indicators;
    @Autowired WindowQueries windows;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    final Instant at = Instant.parse("2026-02-05T03:00:00Z");

    @BeforeEach
    void januaryLedger() {
        c = ledgers.communeOn10February2026();
        ledgers.importBytes(c.unitHead(), "thang1.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long januaryDissatisfied() {
        return indicators.totals(c.id(), Period.month(2026, 1), null).dissatisfied();
    }

    private String januaryPoints54() {
        return indicators.score(c.id(), Period.month(2026, 1)).lines().stream()
                .filter(l -> l.rule().code().equals("5.4")).findFirst().orElseThrow().points().toPlainString();
    }

    @Test
    void aSurveyDissatisfactionOnAnUnratedEndedDossierCountsInItsEndMonth() {
        assertThat(januaryDissatisfied()).isEqualTo(1);
        assertThat(januaryPoints54()).isEqualTo("3.33");

        ratings.attachSurveyRating(c.id(), " HS04 ", 1, at);   // ended 22/01, no rating in the file

        // 1 − (4 late + 2 dissatisfied)/10 = 40% → 6 × 0.4 / 0.9 = 2.67 points.
        assertThat(januaryDissatisfied()).isEqualTo(2);
        assertThat(januaryPoints54()).isEqualTo("2.67");
        assertThat(windows.figures(c.id(), windows.window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
                .dissatisfied()).isEqualTo(2);
        assertThat(jdbc.sql("select survey_rating from dossier where commune_id = ? and code = 'HS04'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theOneStopSystemsOwnRatingWinsOverTheSurvey() {
        ratings.attachSurveyRating(c.id(), "HS01", 1, at);   // rated "Rất hài lòng" (3) in the file

        assertThat(januaryDissatisfied()).isEqualTo(1);
        assertThat(januaryPoints54()).isEqualTo("3.33");
    }

    @Test
    void aSurveyRatingOfAnOpenDossierWaitsForItsEnd() {
        ratings.attachSurveyRating(c.id(), "HS05", 1, at);   // open at the end of January

        assertThat(januaryDissatisfied()).isEqualTo(1);
        assertThat(indicators.totals(c.id(), Period.month(2026, 2), null).dissatisfied()).isZero();
    }

    @Test
    void aReimportKeepsTheSurveyRating() {
        ratings.attachSurveyRating(c.id(), "HS04", 1, at);
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        // HS04 changes officer, so the upsert rewrites its row; HS11 brings a field only the ledger knows.
        rows.set(3, rows.get(3).replace("Nguyễn Văn An", "Lê Văn Cường"));
        rows.add("HS11;1.001;Đăng ký khai sinh;Tư pháp;TTPVHCC;Trần Thị Bình;Trực tiếp;;;09/02/2026 08:00;11/02/2026;;;;0;;;;;;");
        ImportJob job = ledgers.importBytes(c.unitHead(), "lai.csv", Ledgers.csv(rows).getBytes(StandardCharsets.UTF_8));

        assertThat(List.of(job.inserted(), job.updated())).containsExactly(1, 1);
        assertThat(jdbc.sql("select officer || ' ' || survey_rating from dossier where commune_id = ? and code = 'HS04'")
                .param(c.id()).query(String.class).single()).isEqualTo("Lê Văn Cường 1");
        assertThat(januaryDissatisfied()).isEqualTo(2);
        assertThat(ratings.fields(c.id())).containsExactly("Chứng thực", "Hộ tịch", "Tư pháp", "Xây dựng");
    }

    @Test
    void codesAreFoundOnlyInTheirOwnCommune() {
        Fixture.Commune other = fixture.communeInOwnProvince();

        assertThat(ratings.find(c.id(), " HS07 ")).contains(new DossierRef("HS07", "3.001", "Cấp giấy phép",
                "Xây dựng", c.officeUnit(), true));
        assertThat(ratings.find(other.id(), "HS07")).isEmpty();
        assertThat(ratings.find(c.id(), "")).isEmpty();
        assertThatThrownBy(() -> ratings.attachSurveyRating(other.id(), "HS07", 1, at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ratings.fields(other.id())).isEmpty();
    }

    @Test
    void aSecondSurveyRatingOfTheSameDossierIsRefused() {
        ratings.attachSurveyRating(c.id(), "HS07", 3, at);

        assertThatThrownBy(() -> ratings.attachSurveyRating(c.id(), "HS07", 1, at))
                .isInstanceOf(Conflict.class).hasMessageContaining("dossier.rating.alreadyRated");
        assertThat(jdbc.sql("select survey_rating from dossier where commune_id = ? and code = 'HS07'")
                .param(c.id()).query(Integer.class).single()).isEqualTo(3);
        assertThat(januaryDissatisfied()).isEqualTo(1);
    }
}
