package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The forecast of the small set on 10/06/2026 with the ledger of {@link Scenes#ledger} (on time 95%, online 35%) and
 * A2.3 linked to four tasks, one overdue. By hand, with no evidence attached (missing evidence factor 0):
 * A1.1 ladder 2 points but needs evidence → 0 (4 at risk); A1.2 3 × 35/70 = 1,5 (1,5 at risk); A1.3 count not
 * entered, nothing against it → 3; A2.1 yes/no needs evidence → 0 (2 at risk); A2.2 → 2; A2.3 tasks 75% → 4,5
 * (1,5 at risk). Expected 11 of 20, 9 at risk: centre 5,5, office 2, standing agency 1,5.
 */
@IntegrationTest
class PointsAtRiskTest {

    @Autowired Scenes scenes;
    @Autowired PointsAtRisk risk;
    @Autowired ProposeScore proposing;
    @Autowired ReviewProposal reviewing;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    List<Long> tasks;

    @BeforeEach
    void commune() {
        c = scenes.communeWithSet(Scenes.SMALL_SET);
        scenes.ledger(c);
        tasks = scenes.planWithOneOverdueTaskOfFour(c);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PointsAtRisk.Forecast forecast() {
        return risk.forecast(c.standingAgency(), null).orElseThrow();
    }

    @Test
    void theForecastPutsPointsAtRiskPerCriterionAndUnitAndNamesTheThreeBestActions() throws Exception {
        long id = scenes.startHalfYear(c);
        reviewing.link(c.standingAgency(), scenes.row(c, id, "A2.3").item().id(), tasks, List.of());

        PointsAtRisk.Forecast f = forecast();
        assertThat(f.period().code()).isEqualTo("2026S1");
        assertThat(f.max()).isEqualByComparingTo("20");
        assertThat(f.expected()).isEqualByComparingTo("11");
        assertThat(f.atRisk()).isEqualByComparingTo("9");
        assertThat(f.criteria()).extracting(r -> r.node().code(), r -> r.expected().stripTrailingZeros())
                .containsExactly(tuple("A1.1", BigDecimal.ZERO), tuple("A1.2", new BigDecimal("1.5")),
                        tuple("A1.3", new BigDecimal("3")), tuple("A2.1", BigDecimal.ZERO), tuple("A2.2", new BigDecimal("2")),
                        tuple("A2.3", new BigDecimal("4.5")));
        assertThat(f.byUnit()).extracting(PointsAtRisk.UnitRisk::unitName, u -> u.atRisk().stripTrailingZeros())
                .containsExactly(tuple("TTPVHCC", new BigDecimal("5.5")), tuple("VP", new BigDecimal("2")),
                        tuple("VH-XH", new BigDecimal("1.5")));
        // Evidence for A1.1 gives back its 2 ladder points, evidence for A2.1 its 2; online at 70% gives A1.2 1,5
        // (as would task T1 for A2.3, listed after it).
        assertThat(f.actions()).extracting(a -> a.what().key(), a -> a.gain().stripTrailingZeros(), PointsAtRisk.Action::criteria)
                .containsExactly(tuple("parindex.action.evidence", new BigDecimal("2"), List.of("A1.1")),
                        tuple("parindex.action.evidence", new BigDecimal("2"), List.of("A2.1")),
                        tuple("parindex.action.figure", new BigDecimal("1.5"), List.of("A1.2")));

        String page = mvc.perform(get("/parindex/forecast").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bổ sung tài liệu kiểm chứng cho tiêu chí A1.1: Số liệu").contains("+2 điểm")
                .contains("Số liệu 95% chưa đạt mức ≥ 99%").contains("Nhiệm vụ T1 quá hạn")
                // the expected score next to a lower self score elsewhere: the page says why they differ
                .contains("Không phải điểm tự chấm: điểm tự chấm chỉ cộng các tiêu chí đơn vị đã chấm");
    }

    @Test
    void withoutAnAssessmentTheForecastReadsTheActiveSetAndAttachedEvidenceRaisesIt() {
        // Not started: same data, A2.3 has no links → no figure → 0 of 6 at risk for want of data.
        PointsAtRisk.Forecast before = forecast();
        assertThat(before.assessment()).isNull();
        assertThat(before.expected()).isEqualByComparingTo("6.5"); // 0 + 1,5 + 3 + 0 + 2 + 0

        long id = scenes.startHalfYear(c);
        AssessmentItem a11 = scenes.row(c, id, "A1.1").item();
        ProposalForm form = new ProposalForm();
        form.setVersion(a11.version());
        proposing.propose(c.unitHead(), a11.id(), form, vn.cchc.evidence.EvidenceForm.titled("Số liệu một cửa",
                vn.cchc.evidence.DocumentKind.BAO_CAO), vn.cchc.shared.UploadedFile.of("so-lieu.pdf",
                vn.cchc.evidence.EvidenceFiles.pdf("Số liệu")));
        PointsAtRisk.Forecast after = forecast();
        // A1.1 now expects its ladder 2 points: 8,5 in all; raising on-time to 99% is worth 2 more.
        assertThat(after.expected()).isEqualByComparingTo("8.5");
        assertThat(after.actions().get(0).what().key()).isEqualTo("parindex.action.figure");
        assertThat(after.actions().get(0).criteria()).containsExactly("A1.1");
        assertThat(after.actions().get(0).gain()).isEqualByComparingTo("2");
    }
}
