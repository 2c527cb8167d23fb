package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.procedures.OnlineLevel;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.procedures.ProcedureForm;
import vn.cchc.pakn.PaknFigures;
import vn.cchc.pakn.PaknForm;
import vn.cchc.pakn.PaknService;
import vn.cchc.shared.Ratio;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** The 766 score card, PAKN handling and the officers' late-share flag, on small ledgers scored by hand. */
@IntegrationTest
class ServiceScoreTest {

    @Autowired Fixture fixture;
    @Autowired Ledgers ledgers;
    @Autowired ServiceIndicators indicators;
    @Autowired PaknService pakn;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void januaryLedger() {
        c = ledgers.communeOn10February2026();
        ledgers.importBytes(c.unitHead(), "thang1.csv", Ledgers.csv(Ledgers.JANUARY).getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void catalogueEntry(String code, OnlineLevel level, boolean fee, boolean integrated) {
        Procedure p = catalogue.byCode(c.id()).get(code);
        ProcedureForm f = ProcedureForm.of(p);
        f.setOnlineLevel(level);
        f.setFeeBearing(fee);
        f.setPaymentIntegrated(integrated);
        catalogue.save(c.id(), p.id(), f);
    }

    private PaknForm paknItem(String code, String received, String answered, String published, String dossier) {
        PaknForm f = new PaknForm();
        f.setCode(code);
        f.setReceivedOn(LocalDate.parse(received));
        f.setContent("Phản ánh " + code);
        f.setAnsweredOn(answered == null ? null : LocalDate.parse(answered));
        f.setPublishedOn(published == null ? null : LocalDate.parse(published));
        f.setPublicQuestion(published == null ? null : "Câu hỏi " + code);
        f.setAnswer(published == null ? null : "Trả lời " + code);
        f.setDossierCode(dossier);
        return f;
    }

    @Test
    void januaryScoreCardMatchesTheHandComputation() {
        catalogueEntry("1.001", OnlineLevel.FULL, false, false);
        catalogueEntry("2.001", OnlineLevel.PARTIAL, true, true);
        catalogueEntry("3.001", null, true, false);
        pakn.save(c.standingAgency(), null, paknItem("PA1", "2026-01-05", "2026-01-15", "2026-01-19", "HS03"));
        pakn.save(c.standingAgency(), null, paknItem("PA2", "2026-01-20", null, null, null));
        indicators.enterManual(c.standingAgency(), Period.month(2026, 1), "1.1", new BigDecimal("80"), "Theo Cổng DVCQG");
        indicators.enterManual(c.standingAgency(), Period.month(2026, 1), "1.1", new BigDecimal("100"), "Sửa lại");

        ScoreCard card = indicators.score(c.id(), Period.month(2026, 1));

        Map<String, String> points = card.lines().stream()
                .collect(Collectors.toMap(l -> l.rule().code(), l -> l.points().toPlainString()));
        assertThat(points).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("1.1", "6.00"), Map.entry("1.2", "0.00"), Map.entry("1.3", "0.00"), Map.entry("1.4", "0.00"),
                Map.entry("2.1", "12.00"), Map.entry("3.1", "1.67"), Map.entry("3.2", "4.00"), Map.entry("3.3", "3.60"),
                Map.entry("3.5a", "1.25"), Map.entry("3.5b", "1.25"), Map.entry("3.6", "3.00"), Map.entry("4.1", "2.00"),
                Map.entry("4.2", "1.60"), Map.entry("4.3", "0.25"), Map.entry("4.4", "0.00"), Map.entry("4.5a", "0.00"),
                Map.entry("4.5b", "0.00"), Map.entry("4.6", "0.00"), Map.entry("5.2", "6.00"), Map.entry("5.3", "6.00"),
                Map.entry("5.4", "2.67")));
        assertThat(card.total()).isEqualByComparingTo("51.29");
        assertThat(card.max()).isEqualByComparingTo("100");
        assertThat(card.groups().get(3)[0]).isEqualByComparingTo("14.77");
        // Gains: 2.1 +8, 4.1 +4, 5.4 +3.33 (the seven indicators not entered are counted apart, not proposed).
        assertThat(card.biggestGains()).extracting(l -> l.rule().code()).containsExactly("2.1", "4.1", "5.4");
        assertThat(card.missingCount()).isEqualTo(7);
        assertThat(card.lines().stream().filter(ScoreLine::missing).map(l -> l.rule().code()))
                .containsExactly("1.2", "1.3", "1.4", "4.4", "4.5a", "4.5b", "4.6");
    }

    @Test
    void paknDeadlinesUseWorkingDays() {
        long id = pakn.save(c.standingAgency(), null, paknItem("PA2", "2026-01-20", null, null, null));
        // 15 working days after Tuesday 20/01/2026: 21–23/01, 26–30/01, 02–06/02, 09–10/02.
        assertThat(pakn.get(c.standingAgency(), id).dueOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        // Answered Thursday 12/02 (late); published Monday 23/02, the second working day after Tết's week off.
        PaknForm late = paknItem("PA2", "2026-01-20", "2026-02-12", "2026-02-23", null);
        late.setDueOn(LocalDate.of(2026, 2, 10));
        clock.setToday(LocalDate.of(2026, 3, 2));
        pakn.save(c.standingAgency(), id, late);

        PaknFigures feb = indicators.pakn(c.id(), Period.month(2026, 2));
        assertThat(List.of(feb.answered(), feb.answeredOnTime(), feb.published(), feb.publishedOnTime()))
                .containsExactly(1L, 0L, 1L, 1L);
        PaknFigures jan = indicators.pakn(c.id(), Period.month(2026, 1));
        assertThat(List.of(jan.received(), jan.openInTime(), jan.openOverdue())).containsExactly(1L, 1L, 0L);
        assertThat(jan.handledOnTime()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void officersAtOrAboveTenPercentLateInTheYearAreFlagged() {
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {          // Cường: 1 late of 10 = 10% → flagged
            rows.add(officerRow("C" + i, "Lê Văn Cường", i == 1));
        }
        for (int i = 1; i <= 11; i++) {          // Dung: 1 late of 11 = 9.09% → not flagged
            rows.add(officerRow("D" + i, "Phạm Thị Dung", i == 1));
        }
        ledgers.importBytes(c.unitHead(), "thang3.csv", Ledgers.csv(rows).getBytes(StandardCharsets.UTF_8));

        assertThat(indicators.flaggedOfficers(c.id(), 2026))
                .containsExactlyInAnyOrder("Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình");
        assertThat(indicators.byOfficer(c.id(), Period.month(2026, 2), null)).filteredOn(r -> r.key().equals("Phạm Thị Dung"))
                .singleElement().satisfies(r -> {
                    assertThat(r.flagged()).isFalse();
                    assertThat(r.figures().lateShare()).isEqualTo(new Ratio(1, 11));
                });
    }

    /** Received Monday 02/02/2026 08:00, due Wednesday 04/02 17:00, finished on the due day or, when late, on 05/02. */
    private static String officerRow(String code, String officer, boolean late) {
        return code + ";1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;" + officer + ";Trực tiếp;;;02/02/2026 08:00;04/02/2026;"
                + (late ? "05/02/2026 09:00" : "04/02/2026 10:00") + ";;;0;;;;;;";
    }

    @Test
    void planTargetsReadTheIndicators() {
        assertThat(indicators.read(c.id(), "ON_TIME_RATE", Period.month(2026, 1))).contains(new BigDecimal("60.00"));
        assertThat(indicators.read(c.id(), "ONLINE_RATE", Period.month(2026, 1))).contains(new BigDecimal("30.00"));
        assertThat(indicators.read(c.id(), "PAKN_ON_TIME_RATE", Period.month(2026, 1))).isEmpty();
        assertThat(indicators.read(c.id(), "NO_SUCH", Period.month(2026, 1))).isEmpty();
    }
}
