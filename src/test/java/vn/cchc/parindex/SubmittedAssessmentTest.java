package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.shared.Conflict;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The small set scored without one-stop data: A1.1 3, A1.2 1,5, A1.3 three initiatives for three units → 3, A2.1
 * yes → 2 with a PDF, A2.2 1, A2.3 4 (no linked tasks): 14,5 points. Once the chairman sends it, nothing the commune
 * submitted changes, whatever path tries; the appraiser's one explanation round adds a second frozen version.
 */
@IntegrationTest
class SubmittedAssessmentTest {

    @Autowired Scenes scenes;
    @Autowired Assessments assessments;
    @Autowired ProposeScore proposing;
    @Autowired ReviewProposal reviewing;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired RequestExplanation requesting;
    @Autowired GiveExplanation explaining;
    @Autowired FinaliseAssessment finalising;
    @Autowired EvidenceService evidence;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    long id;
    long documentId;

    @BeforeEach
    void submitted() throws Exception {
        c = scenes.communeWithSet(Scenes.SMALL_SET);
        id = scenes.startHalfYear(c);
        AssessmentItem a21 = scenes.row(c, id, "A2.1").item();
        mvc.perform(multipart("/parindex/items/" + a21.id())
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", EvidenceFiles.pdf("Quyết định")))
                        .param("points", "2").param("version", String.valueOf(a21.version()))
                        .param("title", "Quyết định ban hành quy chế").with(csrf()).with(user(c.unitStaff())))
                .andExpect(status().is3xxRedirection());
        documentId = scenes.row(c, id, "A2.1").evidence().get(0).id();
        AssessmentItem saved = scenes.row(c, id, "A2.1").item();
        proposing.submit(c.unitStaff(), saved.id(), saved.version());
        reviewing.review(c.standingAgency(), saved.id(), true, null, saved.version() + 1);
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.2", "1", null, null);
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        approving.approve(c.leader(), id, assessments.assessment(c.leader(), id).version());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String snapshotJson(int version) {
        return jdbc.sql("select content::text from assessment_snapshot where assessment_id = ? and version_no = ?")
                .params(id, version).query(String.class).single();
    }

    private void refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        mvc.perform(request.with(csrf())).andExpect(status().is(status));
    }

    @Test
    void theSnapshotHoldsTheScoresAndTheEvidenceWithItsChecksum() {
        List<Snapshot> snapshots = assessments.snapshots(c.leader(), id);
        assertThat(snapshots).hasSize(1);
        assertThat(snapshots.get(0).selfTotal()).isEqualByComparingTo("14.5");
        List<SnapshotItem> items = snapshots.get(0).items();
        assertThat(items).extracting(SnapshotItem::code).containsExactly("A1.1", "A1.2", "A1.3", "A2.1", "A2.2", "A2.3", "S.1");
        SnapshotItem a21 = items.get(3);
        assertThat(a21.selfPoints()).isEqualByComparingTo("2");
        assertThat(a21.evidence()).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("quyet-dinh.pdf");
            assertThat(d.sha256()).hasSize(64);
        });
        assertThat(assessments.assessment(c.leader(), id).status()).isEqualTo(Assessment.Status.SUBMITTED);
    }

    @Test
    void noPathChangesASubmittedSelfAssessment() throws Exception {
        String before = snapshotJson(1);
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        long item = a22.id();
        String v = String.valueOf(a22.version());
        refused(post("/parindex/items/" + item).with(user(c.unitStaff())).param("points", "2").param("version", v), 409);
        refused(post("/parindex/items/" + item).with(user(c.unitStaff())).param("attach", String.valueOf(documentId))
                .param("version", v), 409);
        refused(post("/parindex/items/" + scenes.row(c, id, "A2.1").item().id()).with(user(c.unitStaff()))
                .param("detach", String.valueOf(documentId)).param("version", v), 409);
        refused(post("/parindex/items/" + item + "/submit").with(user(c.unitStaff())).param("version", v), 409);
        refused(post("/parindex/items/" + item + "/review").with(user(c.standingAgency())).param("decision", "RETURN")
                .param("comment", "Sửa lại").param("version", v), 409);
        refused(post("/parindex/items/" + item + "/unit").with(user(c.standingAgency()))
                .param("unit", String.valueOf(c.centreUnit())), 409);
        refused(post("/parindex/assessments/" + id + "/approve").with(user(c.leader())).param("version", "1"), 409);
        refused(post("/parindex/items/" + item + "/explain").with(user(c.standingAgency())).param("explanation", "x"), 409);
        refused(post("/parindex/assessments/" + id + "/explanations/submit").with(user(c.leader())).param("version", "1"), 409);
        refused(post("/parindex/items/" + item + "/appraise").with(user(c.standingAgency())).param("points", "2")
                .param("version", v), 403);

        assertThatThrownBy(() -> jdbc.sql("update assessment_item set self_points = 2 where id = ?").param(item).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from assessment_item_evidence where document_id = ?").param(documentId).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("update assessment_snapshot set self_total = 20 where assessment_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from assessment_snapshot where assessment_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");

        evidence.hide(c.standingAgency(), documentId, "Tải nhầm");
        byte[] file = mvc.perform(get("/parindex/assessments/" + id + "/evidence/" + documentId).with(user(c.appraiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");

        assertThat(snapshotJson(1)).isEqualTo(before);
        assertThat(scenes.row(c, id, "A2.2").item().selfPoints()).isEqualByComparingTo("1");
        assertThat(scenes.row(c, id, "A2.1").evidence()).extracting(d -> d.id()).containsExactly(documentId);
    }

    @Test
    void oneExplanationRoundWithADeadlineAddsASecondFrozenVersion() throws Exception {
        String first = snapshotJson(1);
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ZERO, "Chưa có báo cáo quý II", "Giải trình báo cáo quý II",
                a22.version());
        assertThatThrownBy(() -> requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 10), 1))
                .extracting(e -> ((vn.cchc.shared.InvalidInput) e).problems().get(0).messageKey())
                .isEqualTo("parindex.explain.dueFuture");
        requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 20), 1);
        assertThatThrownBy(() -> requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 25), 2))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("messageKey", "parindex.explain.roundUsed");
        assertThatThrownBy(() -> explaining.explain(c.unitStaff(), scenes.row(c, id, "A2.1").item().id(), "x"))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("messageKey", "parindex.explain.notAsked");
        explaining.explain(c.unitStaff(), a22.id(), "Báo cáo quý II ban hành ngày 28/6, gửi kèm");
        explaining.submit(c.standingAgency(), id, 2);

        assertThat(snapshotJson(1)).isEqualTo(first);
        List<SnapshotItem> second = assessments.snapshots(c.appraiser(), id).get(1).items();
        assertThat(second.get(4).explanation()).isEqualTo("Báo cáo quý II ban hành ngày 28/6, gửi kèm");
        assertThat(second.get(4).selfPoints()).isEqualByComparingTo("1");
        // The round is spent: the appraiser scores again, then finalises.
        AssessmentItem again = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), again.id(), BigDecimal.ONE, "Đã giải trình đạt", "bỏ qua", again.version());
        AssessmentItem survey = scenes.row(c, id, "S.1").item();
        appraising.appraise(c.appraiser(), survey.id(), new BigDecimal("4"), null, null, survey.version());
        finalising.finalise(c.appraiser(), id, 3);
        AssessmentPage page = assessments.page(c.leader(), id);
        assertThat(page.appraisedTotal()).isEqualByComparingTo("18.5"); // 14,5 self kept + 4 survey
        assertThat(scenes.row(c, id, "A2.2").item().explanationRequest()).isEqualTo("Giải trình báo cáo quý II");
    }

    @Test
    void aViewerCannotAnswerAnExplanationRequestThatTheUnitCan() throws Exception {
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ZERO, "Thiếu báo cáo", "Giải trình", a22.version());
        requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 20), 1);

        refused(post("/parindex/items/" + a22.id() + "/explain").with(user(c.viewer())).param("explanation", "Của người xem"), 403);
        assertThat(scenes.row(c, id, "A2.2").item().explanation()).isNull();
        assertThat(assessments.page(c.viewer(), id).canExplain(scenes.row(c, id, "A2.2").item())).isFalse();

        mvc.perform(post("/parindex/items/" + a22.id() + "/explain").with(user(c.unitStaff())).with(csrf())
                .param("explanation", "Đã có báo cáo")).andExpect(status().is3xxRedirection());
        assertThat(scenes.row(c, id, "A2.2").item().explanation()).isEqualTo("Đã có báo cáo");
    }

    @Test
    void explanationsAfterTheDeadlineAreRefusedAndTheAppraiserFinishesWithoutThem() {
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ZERO, "Thiếu báo cáo", "Giải trình", a22.version());
        requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 15), 1);
        assertThatThrownBy(() -> finalising.finalise(c.appraiser(), id, 2)).isInstanceOf(Conflict.class);
        clock.setToday(LocalDate.of(2026, 6, 16));
        assertThatThrownBy(() -> explaining.explain(c.unitStaff(), a22.id(), "Muộn"))
                .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("messageKey", "parindex.explain.late");
        AssessmentItem survey = scenes.row(c, id, "S.1").item();
        appraising.appraise(c.appraiser(), survey.id(), new BigDecimal("3"), null, null, survey.version());
        finalising.finalise(c.appraiser(), id, 2);
        // 14,5 − 1 (A2.2 to 0) + 3 (survey) = 16,5.
        assertThat(assessments.page(c.leader(), id).appraisedTotal()).isEqualByComparingTo("16.5");
    }
}
