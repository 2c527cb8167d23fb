package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.shared.InvalidInput;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The shipped example set scored by hand for a commune whose first half of 2026 has the ledger of
 * {@link Scenes#ledger} and a plan with one overdue task of four, as of 10/06/2026.
 */
@IntegrationTest
class ExampleSetScoringTest {

    @Autowired Scenes scenes;
    @Autowired Assessments assessments;
    @Autowired ProposeScore proposing;
    @Autowired ReviewProposal reviewing;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired FinaliseAssessment finalising;
    @Autowired MutableClock clock;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    Fixture.Commune c;
    long id;

    @BeforeEach
    void halfYearUnderWay() {
        c = scenes.communeWithSet(null);
        scenes.ledger(c);
        List<Long> tasks = scenes.planWithOneOverdueTaskOfFour(c);
        id = scenes.startHalfYear(c);
        long item112 = scenes.row(c, id, "1.1.2").item().id();
        reviewing.link(c.standingAgency(), item112, tasks, List.of());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private BigDecimal proposed(String code) {
        return scenes.row(c, id, code).proposal().orElseThrow().points();
    }

    @Test
    void computedCriteriaArePrefilledFromLiveDataWithTheFigureTheyCameFrom() {
        // 3.3 on time 95% on the ladder ≥99 → 4, ≥95 → 2: 2 points.
        assertThat(scenes.row(c, id, "3.3").proposal().orElseThrow().figure()).isEqualByComparingTo("95");
        assertThat(proposed("3.3")).isEqualByComparingTo("2");
        // 3.4 apologies 0 of 1 late dossier: 2 × 0/100 = 0.
        assertThat(proposed("3.4")).isEqualByComparingTo("0");
        // 3.5 online accepted within 8 working hours 7/7 = 100% → 2.
        assertThat(proposed("3.5")).isEqualByComparingTo("2");
        // 7.2 online 35% of full at 70%: 3 × 35/70 = 1,5.
        assertThat(scenes.row(c, id, "7.2").proposal().orElseThrow().figure()).isEqualByComparingTo("35");
        assertThat(proposed("7.2")).isEqualByComparingTo("1.5");
        // 7.4 digitised 100% → 2; 7.5 e-results 80% → 1; 7.6 re-use 30% of full at 50%: 2 × 30/50 = 1,2.
        assertThat(proposed("7.4")).isEqualByComparingTo("2");
        assertThat(proposed("7.5")).isEqualByComparingTo("1");
        assertThat(proposed("7.6")).isEqualByComparingTo("1.2");
        // 1.1.2 linked tasks not overdue 3/4 = 75%: 3 × 0,75 = 2,25.
        assertThat(proposed("1.1.2")).isEqualByComparingTo("2.25");
        // No PAKN, no fees, no linked target: nothing to propose, the unit scores them.
        assertThat(scenes.row(c, id, "3.7").proposal()).isEmpty();
        assertThat(scenes.row(c, id, "7.3").proposal()).isEmpty();
        assertThat(scenes.row(c, id, "6.1").proposal()).isEmpty();
    }

    @Test
    void countsBecomePointsPerUnitAndInProportion() {
        // 1.4.2 at least 12 articles, partial: 9 → 1 × 9/12 = 0,75.
        assertThat(scenes.propose(c, id, "1.4.2", null, 9, null).selfPoints()).isEqualByComparingTo("0.75");
        // 1.5 one initiative per unit, 3 units: 2 initiatives → 0 (not partial); 3 → 2.
        assertThat(scenes.propose(c, id, "1.5", null, 2, null).selfPoints()).isEqualByComparingTo("0");
        assertThat(scenes.propose(c, id, "1.5", null, 3, null).selfPoints()).isEqualByComparingTo("2");
    }

    @Test
    void anOverrideOfComputedPointsNeedsAReasonAndIsKeptAsSuch() {
        assertThatThrownBy(() -> scenes.propose(c, id, "3.3", "3", null, null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).problems().get(0).messageKey())
                .isEqualTo("parindex.override.reasonRequired");
        AssessmentItem item = scenes.propose(c, id, "3.3", "3", null, "Hồ sơ P20 trễ do lỗi hệ thống của tỉnh");
        assertThat(item.selfPoints()).isEqualByComparingTo("3");
        assertThat(item.computedPoints()).isEqualByComparingTo("2");
        assertThat(item.computedFigure()).isEqualByComparingTo("95");
        assertThat(item.overridden()).isTrue();
        // Back to the data's figure: no longer an override.
        assertThat(scenes.propose(c, id, "3.3", null, null, null).overridden()).isFalse();
        assertThat(assessments.auditTrail(c.standingAgency(), id)).extracting(ScoreChange::criterionCode, ScoreChange::newPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.3", new BigDecimal("3.00")),
                        org.assertj.core.groups.Tuple.tuple("3.3", new BigDecimal("2.00")));
    }

    @Test
    void sendingAnUntouchedComputedCriterionTakesTheDataProposalAndAManualOneNeedsPoints() {
        AssessmentItem a33 = scenes.row(c, id, "3.3").item();
        proposing.submit(c.unitHead(), a33.id(), a33.version());
        AssessmentItem sent = scenes.row(c, id, "3.3").item();
        assertThat(sent.state()).isEqualTo(AssessmentItem.State.SUBMITTED);
        assertThat(sent.selfPoints()).isEqualByComparingTo("2");
        assertThat(sent.computedFigure()).isEqualByComparingTo("95");
        AssessmentItem a41 = scenes.row(c, id, "4.1").item();
        assertThatThrownBy(() -> proposing.submit(c.unitStaff(), a41.id(), a41.version()))
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.points.missing");
        assertThat(scenes.row(c, id, "4.1").item().version()).isEqualTo(a41.version());
    }

    @Test
    void pointsOutsideTheRuleAreRefusedWithTheMaximumInTheMessage() {
        assertThatThrownBy(() -> scenes.propose(c, id, "2.1", "3.5", null, null))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).problems().get(0).args()[0])
                .isEqualTo("3");
        assertThatThrownBy(() -> scenes.propose(c, id, "2.2", "1", null, null)) // yes/no: 0 or 2
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.points.yesNo");
        assertThatThrownBy(() -> scenes.propose(c, id, "2.3", "2", null, null)) // scale 0 | 1,5 | 3
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.points.scale");
        assertThatThrownBy(() -> scenes.propose(c, id, "2.1", "-1", null, null))
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.points.range");
        assertThat(scenes.row(c, id, "2.1").item().selfPoints()).isNull();
    }

    @Test
    void badInputOnThePagesGetsAMessageInTheUsersLanguageAndNothingIsSaved() throws Exception {
        AssessmentItem a21 = scenes.row(c, id, "2.1").item();
        String notANumber = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/parindex/items/" + a21.id()).with(csrf()).with(user(c.unitStaff()))
                        .param("points", "ba").param("version", String.valueOf(a21.version())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("Điểm hoặc số lượng không hợp lệ: nhập số, ví dụ 1,5.");
        String aboveMax = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/parindex/items/" + a21.id()).with(csrf()).with(user(c.unitStaff()))
                        .param("points", "4").param("version", String.valueOf(a21.version())))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(aboveMax).contains("Điểm phải từ 0 đến 3 (điểm tối đa của tiêu chí).");
        String badPeriod = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/parindex/assessments").with(csrf()).with(user(c.standingAgency())).param("period", "2026Q1"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(badPeriod).contains("Kỳ đánh giá phải là 6 tháng đầu năm (ví dụ 2026S1) hoặc cả năm (ví dụ 2026).");
        String twice = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/parindex/assessments").with(csrf()).with(user(c.standingAgency())).param("period", "2026S1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("Kỳ 6 tháng đầu năm 2026 đã có bản tự đánh giá.");
        String noSet = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/parindex/assessments").with(csrf()).with(user(c.standingAgency())).param("period", "2027"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(noSet).contains("Tỉnh chưa áp dụng bộ tiêu chí nào cho năm 2027.");
        assertThat(scenes.row(c, id, "2.1").item().selfPoints()).isNull();
    }

    /** Every self-scored criterion by hand; the sums per area are in the comments. */
    static final Map<String, String> POINTS = Map.ofEntries(
            // 1: 1 + 2,25 + 2 + 1 + 1 + 1 + 0,75 (9 articles) + 0 (2 initiatives, 3 units) = 9
            Map.entry("1.1.1", "1"), Map.entry("1.2", "2"), Map.entry("1.3.1", "1"), Map.entry("1.3.2", "1"),
            Map.entry("1.4.1", "1"),
            // 2: 3 + 2 + 1,5 = 6,5
            Map.entry("2.1", "3"), Map.entry("2.2", "2"), Map.entry("2.3", "1.5"),
            // 3: 2 + 2 + 2 (95%) + 0 (0%) + 2 (100%) + 1,5 + 2 + 1 + 2 = 14,5
            Map.entry("3.1", "2"), Map.entry("3.2", "2"), Map.entry("3.6", "1.5"), Map.entry("3.7", "2"),
            Map.entry("3.8", "1"), Map.entry("3.9", "2"),
            // 4: 6; 5: 8; 6: 1,5 + 2 + 1 = 4,5
            Map.entry("4.1", "2"), Map.entry("4.2", "2"), Map.entry("4.3", "2"), Map.entry("5.1", "2"),
            Map.entry("5.2", "3"), Map.entry("5.3", "3"), Map.entry("6.1", "1.5"), Map.entry("6.2", "2"),
            Map.entry("6.3", "1"),
            // 7: 1 + 1,5 (35%) + 2 + 2 (100%) + 1 (80%) + 1,2 (30%) + 2 + 1 = 11,7
            Map.entry("7.1", "1"), Map.entry("7.3", "2"), Map.entry("7.7", "2"), Map.entry("7.8", "1"),
            // 8 (self part): 3 + 2 = 5
            Map.entry("8.2", "3"), Map.entry("8.3", "2"));

    @Test
    void theSelfTotalTheAppraisalAndTheirDifferenceAddUpByHand() {
        for (AssessmentPage.Row r : assessments.page(c.standingAgency(), id).rows()) {
            if (r.item() == null || r.survey()) {
                continue;
            }
            String code = r.node().code();
            Integer count = code.equals("1.4.2") ? Integer.valueOf(9) : code.equals("1.5") ? Integer.valueOf(2) : null;
            scenes.scoreAndAccept(c, id, code, POINTS.get(code), count, code.equals("3.6") ? "Theo Cổng DVCQG" : null);
        }
        AssessmentPage page = assessments.page(c.standingAgency(), id);
        // 9 + 6,5 + 14,5 + 6 + 8 + 4,5 + 11,7 + 5 = 65,2 of 80 self-scored points: 81,5%.
        assertThat(page.areas()).extracting(AssessmentPage.Row::selfSum).map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("9"), new BigDecimal("6.5"), new BigDecimal("14.5"), new BigDecimal("6"),
                        new BigDecimal("8"), new BigDecimal("4.5"), new BigDecimal("11.7"), new BigDecimal("5"));
        assertThat(page.selfTotal()).isEqualByComparingTo("65.2");
        assertThat(page.selfPercent()).isEqualByComparingTo("81.5");
        assertThat(page.grade()).isEqualTo("B");

        approving.approve(c.leader(), id, page.assessment().version());
        AssessmentItem item21 = scenes.row(c, id, "2.1").item();
        appraising.appraise(c.appraiser(), item21.id(), new BigDecimal("1.5"), "Báo cáo rà soát thiếu kết quả xử lý", null,
                item21.version());
        AssessmentItem s1 = scenes.row(c, id, "8.1.1").item();
        appraising.appraise(c.appraiser(), s1.id(), new BigDecimal("8"), null, null, s1.version());
        AssessmentItem s2 = scenes.row(c, id, "8.1.2").item();
        appraising.appraise(c.appraiser(), s2.id(), new BigDecimal("7.5"), null, null, s2.version());
        finalising.finalise(c.appraiser(), id, assessments.assessment(c.appraiser(), id).version());

        page = assessments.page(c.standingAgency(), id);
        // 65,2 − 1,5 (criterion 2.1) + 8 + 7,5 (survey) = 79,2 of 100: 79,2%, group C (A ≥ 90, B ≥ 80).
        assertThat(page.appraisedTotal()).isEqualByComparingTo("79.2");
        assertThat(page.indexPercent()).isEqualByComparingTo("79.2");
        assertThat(page.deltaTotal()).isEqualByComparingTo("-1.5");
        assertThat(page.grade()).isEqualTo("C");
        assertThat(scenes.row(c, id, "2.1").item().delta()).isEqualByComparingTo("-1.5");
        assertThat(scenes.row(c, id, "3.3").item().appraisedPoints()).isEqualByComparingTo("2");
        List<ScoreChange> audit = assessments.auditTrail(c.standingAgency(), id);
        assertThat(audit).filteredOn(a -> a.criterionCode().equals("2.1")).extracting(ScoreChange::kind,
                        ScoreChange::oldPoints, ScoreChange::newPoints, ScoreChange::reason, ScoreChange::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SELF", null, new BigDecimal("3.00"), null, c.unitStaff().fullName()),
                        org.assertj.core.groups.Tuple.tuple("APPRAISED", null, new BigDecimal("1.50"),
                                "Báo cáo rà soát thiếu kết quả xử lý", c.appraiser().fullName()));
        assertThat(audit).filteredOn(a -> a.criterionCode().equals("3.3")).extracting(ScoreChange::reason)
                .containsExactly(null, "parindex.audit.keptSelf");
    }

    @Test
    void anAppraisedScoreThatDiffersFromTheSelfScoreNeedsAComment() {
        for (AssessmentPage.Row r : assessments.page(c.standingAgency(), id).rows()) {
            if (r.item() != null && !r.survey()) {
                String code = r.node().code();
                scenes.scoreAndAccept(c, id, code, POINTS.get(code), code.startsWith("1.") && r.node().method() == ScoringMethod.COUNT ? 3 : null,
                        code.equals("3.6") ? "Theo Cổng DVCQG" : null);
            }
        }
        approving.approve(c.leader(), id, assessments.assessment(c.leader(), id).version());
        AssessmentItem item = scenes.row(c, id, "5.3").item();
        assertThatThrownBy(() -> appraising.appraise(c.appraiser(), item.id(), BigDecimal.ONE, " ", null, item.version()))
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.appraise.commentRequired");
        assertThatThrownBy(() -> appraising.appraise(c.appraiser(), item.id(), new BigDecimal("3.5"), "x", null, item.version()))
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.points.range");
        assertThatThrownBy(() -> finalising.finalise(c.appraiser(), id, assessments.assessment(c.appraiser(), id).version()))
                .extracting(e -> ((InvalidInput) e).problems().get(0).messageKey()).isEqualTo("parindex.finalise.surveyMissing");
    }
}
