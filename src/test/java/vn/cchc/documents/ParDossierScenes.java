package vn.cchc.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.parindex.ApproveAndSend;
import vn.cchc.parindex.AssessmentItem;
import vn.cchc.parindex.Assessments;
import vn.cchc.parindex.ProposalForm;
import vn.cchc.parindex.ProposeScore;
import vn.cchc.parindex.ReviewProposal;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;

/**
 * A commune with the small criteria set (A1 10, A2 10, survey 5) and its first-half assessment scored by hand:
 * A1.1 3, A1.2 1,5, A1.3 3 (count 3 of 3 units) → A1 7,5; A2.1 2, A2.2 1, A2.3 4 → A2 7; self 14,5 of 20 = 72,5% → C.
 * The office cites a decision under A2.1 and A2.2, and two reports under A2.2 whose number, date and title are the
 * same (their file names clash). Every file's content is unique, so no other test shares its stored file.
 */
@Component
class ParDossierScenes {

    static final LocalDate DECISION_DATE = LocalDate.of(2026, 3, 5);

    private final Scenes scenes;
    private final Assessments assessments;
    private final ProposeScore proposing;
    private final ReviewProposal reviewing;
    private final ApproveAndSend approving;
    private final EvidenceService evidence;

    ParDossierScenes(Scenes scenes, Assessments assessments, ProposeScore proposing, ReviewProposal reviewing,
                     ApproveAndSend approving, EvidenceService evidence) {
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.approving = approving;
        this.scenes = scenes;
        this.assessments = assessments;
        this.evidence = evidence;
    }

    record Scored(Fixture.Commune commune, long assessmentId, EvidenceDocument decision, EvidenceDocument report,
                  EvidenceDocument reportAgain) {
    }

    Scored scored() {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        EvidenceDocument decision = upload(c, "Quyết định ban hành quy chế", "12/QĐ-UBND", DECISION_DATE, "qd.pdf");
        EvidenceDocument report = upload(c, "Báo cáo kết quả: quý I?", "15/BC-UBND", DECISION_DATE, "bc.pdf");
        EvidenceDocument again = upload(c, "Báo cáo kết quả: quý I?", "15/BC-UBND", DECISION_DATE, "bc2.pdf");
        scenes.scoreAndAccept(c, id, "A1.1", "3", null, null);
        scenes.scoreAndAccept(c, id, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        officeScores(c, id, "A2.1", "2", "Đã ban hành", List.of(decision.id()));
        officeScores(c, id, "A2.2", "1", "Thiếu báo cáo quý II", List.of(decision.id(), report.id(), again.id()));
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        return new Scored(c, id, decision, report, again);
    }

    Scored submitted() {
        Scored s = scored();
        approving.approve(s.commune().leader(), s.assessmentId(),
                assessments.assessment(s.commune().leader(), s.assessmentId()).version());
        return s;
    }

    void officeScores(Fixture.Commune c, long id, String code, String points, String comment,
                              List<Long> attach) {
        AssessmentItem item = scenes.row(c, id, code).item();
        ProposalForm form = new ProposalForm();
        form.setVersion(item.version());
        form.setPoints(new BigDecimal(points));
        form.setComment(comment);
        form.setAttach(attach);
        proposing.propose(c.unitStaff(), item.id(), form, new EvidenceForm(), null);
        AssessmentItem saved = scenes.row(c, id, code).item();
        proposing.submit(c.unitStaff(), saved.id(), saved.version());
        reviewing.review(c.standingAgency(), saved.id(), true, null, saved.version() + 1);
    }

    private EvidenceDocument upload(Fixture.Commune c, String title, String number, LocalDate date, String file) {
        EvidenceForm form = new EvidenceForm();
        form.setTitle(title);
        form.setDocNumber(number);
        form.setDocDate(date);
        return evidence.upload(c.unitStaff(), null, form, file,
                new ByteArrayInputStream(EvidenceFiles.pdf(c.tag() + " " + file + " " + UUID.randomUUID())));
    }
}
