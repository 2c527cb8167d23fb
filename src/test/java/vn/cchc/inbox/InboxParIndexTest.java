package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.ApproveAndSend;
import vn.cchc.parindex.Appraise;
import vn.cchc.parindex.AssessmentItem;
import vn.cchc.parindex.Assessments;
import vn.cchc.parindex.ProposalForm;
import vn.cchc.parindex.ProposeScore;
import vn.cchc.parindex.RequestExplanation;
import vn.cchc.parindex.ReviewProposal;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The PAR Index sources of the inbox on the small set's first half of 2026, as of Wednesday 10/06/2026: the
 * self-assessment is due Sunday 21/06/2026, 7 working days away (11, 12, 15–19/6).
 */
@IntegrationTest
class InboxParIndexTest {

    @Autowired InboxService inbox;
    @Autowired Scenes scenes;
    @Autowired Assessments assessments;
    @Autowired ProposeScore proposing;
    @Autowired ReviewProposal reviewing;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired RequestExplanation requesting;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachUnitScoresItsOwnCriteriaAndTheStandingAgencyAcceptsWhatWasSent() {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        Fixture.Commune other = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        scenes.startHalfYear(other);

        assertThat(items(c.unitStaff(), Inbox.Kind.SCORE)).extracting(InboxItem::title)
                .containsExactly("A2.1 Quyết định", "A2.2 Báo cáo");
        assertThat(items(c.unitHead(), Inbox.Kind.SCORE)).extracting(InboxItem::title)
                .containsExactly("A1.1 Đúng hạn", "A1.2 Trực tuyến");
        // The survey criterion S.1 is the province's to score.
        assertThat(items(c.standingAgency(), Inbox.Kind.SCORE)).extracting(InboxItem::title)
                .containsExactly("A1.3 Sáng kiến", "A2.3 Kế hoạch");
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        assertThat(items(c.unitStaff(), Inbox.Kind.SCORE).get(1)).isEqualTo(new InboxItem("A2.2 Báo cáo",
                "6 tháng đầu năm 2026", "/parindex/items/" + a22.id(), LocalDate.of(2026, 6, 21), 7, null));
        assertThat(items(c.viewer(), Inbox.Kind.SCORE)).isEmpty();
        assertThat(items(c.leader(), Inbox.Kind.SCORE)).isEmpty();

        ProposalForm form = new ProposalForm();
        form.setVersion(a22.version());
        form.setPoints(new BigDecimal("2"));
        proposing.propose(c.unitStaff(), a22.id(), form, new EvidenceForm(), null);
        proposing.submit(c.unitStaff(), a22.id(), a22.version() + 1);

        assertThat(items(c.unitStaff(), Inbox.Kind.SCORE)).extracting(InboxItem::title).containsExactly("A2.1 Quyết định");
        assertThat(items(c.standingAgency(), Inbox.Kind.ACCEPT)).containsExactly(new InboxItem("A2.2 Báo cáo",
                "6 tháng đầu năm 2026", "/parindex/items/" + a22.id(), LocalDate.of(2026, 6, 21), 7, null));
        assertThat(items(c.admin(), Inbox.Kind.ACCEPT)).hasSize(1);
        assertThat(items(c.unitStaff(), Inbox.Kind.ACCEPT)).isEmpty();
        assertThat(items(c.unitHead(), Inbox.Kind.ACCEPT)).isEmpty();
        assertThat(items(c.viewer(), Inbox.Kind.ACCEPT)).isEmpty();
        assertThat(items(other.standingAgency(), Inbox.Kind.ACCEPT)).isEmpty();
    }

    /** The appraiser asks about A2.2 until Tuesday 16/06/2026: 4 working days left on 10/06 (11, 12, 15, 16/6). */
    @Test
    void anExplanationTheAppraiserAskedForWaitsOnTheUnitAndTheCommunesLeadershipUntilItsDeadline() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = sentToTheProvince(c);
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ZERO, "Chưa có báo cáo quý II", "Giải trình báo cáo quý II",
                a22.version());
        requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 16), 1);

        InboxItem expected = new InboxItem("A2.2 Báo cáo", "6 tháng đầu năm 2026", "/parindex/items/" + a22.id(),
                LocalDate.of(2026, 6, 16), 4, null);
        assertThat(items(c.unitStaff(), Inbox.Kind.EXPLAIN)).containsExactly(expected);
        assertThat(items(c.standingAgency(), Inbox.Kind.EXPLAIN)).containsExactly(expected);
        assertThat(items(c.unitHead(), Inbox.Kind.EXPLAIN)).isEmpty();
        assertThat(items(c.viewer(), Inbox.Kind.EXPLAIN)).isEmpty();
        assertThat(items(fixture.commune(), Inbox.Kind.EXPLAIN)).isEmpty();
        // Past the round's deadline nobody can explain any more: it leaves the inbox.
        clock.setToday(LocalDate.of(2026, 6, 17));
        assertThat(items(c.unitStaff(), Inbox.Kind.EXPLAIN)).isEmpty();
    }

    /** Every criterion scored and accepted, then approved and sent by the chairman (as SubmittedAssessmentTest). */
    private long sentToTheProvince(Fixture.Commune c) throws Exception {
        long id = scenes.startHalfYear(c);
        AssessmentItem a21 = scenes.row(c, id, "A2.1").item();
        mvc.perform(multipart("/parindex/items/" + a21.id())
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", EvidenceFiles.pdf("Quyết định")))
                        .param("points", "2").param("version", String.valueOf(a21.version()))
                        .param("title", "Quyết định ban hành quy chế").with(csrf()).with(user(c.unitStaff())))
                .andExpect(status().is3xxRedirection());
        AssessmentItem saved = scenes.row(c, id, "A2.1").item();
        proposing.submit(c.unitStaff(), saved.id(), saved.version());
        reviewing.review(c.standingAgency(), saved.id(), true, null, saved.version() + 1);
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.2", "1", null, null);
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        approving.approve(c.leader(), id, assessments.assessment(c.leader(), id).version());
        return id;
    }

    private List<InboxItem> items(Fixture.Commune c, Inbox.Kind kind) {
        return items(c.standingAgency(), kind);
    }

    private List<InboxItem> items(CurrentUser user, Inbox.Kind kind) {
        return inbox.of(user).sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.items().stream())
                .toList();
    }
}
