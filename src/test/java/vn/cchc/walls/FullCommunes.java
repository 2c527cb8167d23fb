package vn.cchc.walls;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.PeriodType;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.pakn.PaknForm;
import vn.cchc.pakn.PaknService;
import vn.cchc.parindex.ApproveAndSend;
import vn.cchc.parindex.AssessmentItem;
import vn.cchc.parindex.Assessments;
import vn.cchc.parindex.CriteriaSets;
import vn.cchc.parindex.ProposalForm;
import vn.cchc.parindex.ProposeScore;
import vn.cchc.parindex.ReviewProposal;
import vn.cchc.parindex.Scenes;
import vn.cchc.parindex.StartAssessment;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.TargetForm;
import vn.cchc.planimport.ImportDrafts;
import vn.cchc.progress.ReportService;
import vn.cchc.shared.Sha256;
import vn.cchc.shared.UploadedFile;
import vn.cchc.support.Fixture;
import vn.cchc.support.Plans;
import vn.cchc.survey.template.SurveyTemplates;

/**
 * Builds a {@link FullCommune} through the real services, as its users would, on 10/06/2026: the PAR scene's
 * commune (own province, small criteria set) with its one-stop ledger, an issued 2026 plan reporting monthly, the
 * office's June report, the first half's assessment approved and sent to the province, the year's assessment open,
 * a draft copy of the criteria set, a PAKN item, an import draft of seed 003 under review and the standing agency's
 * calendar feed.
 */
@Component
class FullCommunes {

    private final Scenes scenes;
    private final Plans plans;
    private final PlanService planService;
    private final ReportService reports;
    private final Assessments assessments;
    private final StartAssessment starting;
    private final ProposeScore proposing;
    private final ReviewProposal reviewing;
    private final ApproveAndSend approving;
    private final CriteriaSets sets;
    private final PaknService pakn;
    private final JdbcClient jdbc;
    private final ImportDrafts drafts;
    private final SurveyTemplates surveyTemplates;

    FullCommunes(Scenes scenes, Plans plans, PlanService planService, ReportService reports, Assessments assessments,
                 StartAssessment starting, ProposeScore proposing, ReviewProposal reviewing, ApproveAndSend approving,
                 CriteriaSets sets, PaknService pakn, JdbcClient jdbc, ImportDrafts drafts,
                 SurveyTemplates surveyTemplates) {
        this.surveyTemplates = surveyTemplates;
        this.starting = starting;
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.approving = approving;
        this.scenes = scenes;
        this.plans = plans;
        this.planService = planService;
        this.reports = reports;
        this.assessments = assessments;
        this.sets = sets;
        this.pakn = pakn;
        this.jdbc = jdbc;
        this.drafts = drafts;
    }

    FullCommune build() {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        String marker = "Secret" + c.tag() + "Zz";
        scenes.ledger(c);
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.MONTH);
        long task = plans.task(c.standingAgency(), plan, "T1", "Thường xuyên", c.officeUnit(), c.centreUnit());
        long target = planService.addTarget(c.standingAgency(), plan, target(c));
        long report = reports.start(c.unitStaff(), plan, c.officeUnit(), "2026M06");
        long submitted = submittedHalfYear(c);
        long open = starting.start(c.standingAgency(), "2026");
        long draftSet = sets.newVersion(c.provinceAdmin(), id("select set_id from assessment where id = ?", open));
        pakn.save(c.admin(), null, paknItem());
        submittedPeriodicReport(c, plan);
        long importDraft = drafts.store(c.standingAgency(), ImportDrafts.seed003(c));
        jdbc.sql("""
                        insert into notification (commune_id, user_id, kind, dedupe_key, subject, body, created_at)
                        values (?, ?, 'DIGEST', 'walls', 'Nhắc việc', 'Báo cáo tháng 6', now())""")
                .params(c.id(), c.standingAgency().id()).update();
        feed(c);
        long[] survey = survey(c);
        long[] registers = registers(c);
        mark(c, marker);
        long[] inspection = inspection(c, marker);
        // The office leads T1: its evidence on the June line is what the centre, coordinating, may download.
        jdbc.sql("""
                        insert into unit_report_item_evidence (item_id, document_id, commune_id)
                        select (select min(id) from unit_report_item where report_id = ?),
                               (select min(document_id) from assessment_item_evidence where commune_id = ?), ?""")
                .params(report, c.id(), c.id()).update();
        return new FullCommune(c, marker, plan, task, target, report,
                id("select min(id) from unit_report_item where report_id = ?", report),
                id("select min(document_id) from assessment_item_evidence where commune_id = ?", c.id()),
                id("select min(id) from dossier_import where commune_id = ?", c.id()),
                id("select min(id) from tthc_procedure where commune_id = ?", c.id()),
                id("select min(id) from pakn where commune_id = ?", c.id()),
                open, item(open, "A2.2"), submitted, item(submitted, "A2.2"), draftSet,
                id("select id from criteria_node where set_id = ? and code = 'A2.2'", draftSet), importDraft,
                survey[0], survey[1], survey[2], surveyTemplates.latest(c.provinceId()).get(0).id(), survey[3],
                inspection[0], inspection[1], inspection[2], registers[0], registers[1], registers[2]);
    }

    /** The year's plan line for the office, its inspection on 01/06/2026 and one open finding for it to fix. */
    private long[] inspection(Fixture.Commune c, String marker) {
        long entry = id("""
                        insert into inspection_plan_entry (commune_id, year, unit_id, planned_month, inspectors,
                            created_at) values (?, 2026, ?, 6, ?, now()) returning id""", c.id(), c.officeUnit(),
                "Tổ kiểm tra " + marker);
        long record = id("""
                        insert into inspection_record (commune_id, unit_id, plan_entry_id, inspected_on, inspectors,
                            conclusion, created_at) values (?, ?, ?, date '2026-06-01', ?, ?, now()) returning id""",
                c.id(), c.officeUnit(), entry, "Tổ kiểm tra " + marker, "Kết luận " + marker);
        long finding = id("""
                        insert into inspection_finding (commune_id, record_id, unit_id, content, deadline_phrase,
                            due_on, status, created_at)
                        values (?, ?, ?, ?, 'Quý III', date '2026-09-30', 'OPEN', now()) returning id""",
                c.id(), record, c.officeUnit(), "Tồn tại " + marker);
        return new long[] {entry, record, finding};
    }

    /** The standing agency's calendar feed, under the one token the walls send (taken from an earlier build). */
    private void feed(Fixture.Commune c) {
        String hash = Sha256.hex(GoodValues.FEED_TOKEN.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        jdbc.sql("delete from deadline_feed where token_hash = ?").param(hash).update();
        jdbc.sql("insert into deadline_feed (user_id, commune_id, token_hash, created_at) values (?, ?, ?, now())")
                .params(c.standingAgency().id(), c.id(), hash).update();
    }

    /**
     * A survey on the small test questionnaire (E1 required) with its form and a QR point under the one token the
     * walls send: an answer the battery sends without E1 is refused.
     */
    private long[] survey(Fixture.Commune c) {
        String definition;
        try (var in = getClass().getResourceAsStream("/survey/test-questionnaire.json")) {
            definition = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long template = id("""
                insert into survey_template (province_id, code, version, title, definition, published_at)
                values (?, ?, 1, 'Phiếu thử', ?::jsonb, now()) returning id""", c.provinceId(), "WALLS-" + c.id(),
                definition);
        long survey = id("""
                insert into survey (commune_id, title, opens_on, created_at) values (?, ?, '2026-01-01', now())
                returning id""", c.id(), "Khảo sát " + c.tag());
        long form = id("""
                insert into survey_form (commune_id, survey_id, version, template_id, created_at)
                values (?, ?, 1, ?, now()) returning id""", c.id(), survey, template);
        jdbc.sql("delete from survey_point where token = ?").param(GoodValues.SURVEY_TOKEN).update();
        long point = id("""
                insert into survey_point (commune_id, survey_id, token, kind, label) values (?, ?, ?, 'GENERAL', ?)
                returning id""", c.id(), survey, GoodValues.SURVEY_TOKEN, "Quầy " + c.tag());
        // a flagged response, for the review routes (on no point: a later build deletes the point under the token)
        long response = id("""
                insert into survey_response (commune_id, survey_id, form_id, channel, submitted_at, answered_on, flags)
                values (?, ?, ?, 'WEB', now(), '2026-06-10', 'too-fast') returning id""",
                c.id(), survey, form);
        return new long[] {survey, form, point, response};
    }

    /** A half-year report submitted once, so that its submission's download has a record to name. */
    private void submittedPeriodicReport(Fixture.Commune c, long plan) {
        long report = jdbc.sql("""
                        insert into periodic_report (commune_id, plan_id, report_type, report_year, status, authority,
                            signer_name, recipients, created_at)
                        values (?, ?, 'HALF_YEAR', 2026, 'SUBMITTED', 'TM', '', '', now()) returning id""")
                .params(c.id(), plan).query(Long.class).single();
        jdbc.sql("""
                        insert into periodic_report_submission (report_id, commune_id, version_no, docx, sha256,
                            sections, submitted_by, submitted_at)
                        values (?, ?, 1, ?, repeat('0', 64), '{}', ?, now())""")
                .params(report, c.id(), new byte[] {1}, c.standingAgency().id()).update();
    }

    private static TargetForm target(Fixture.Commune c) {
        TargetForm t = new TargetForm();
        t.setAreaCode("III");
        t.setCode("1");
        t.setText("Tỷ lệ hồ sơ trực tuyến");
        t.setThreshold("90");
        t.setResponsibleUnitId(c.centreUnit());
        return t;
    }

    private static PaknForm paknItem() {
        PaknForm f = new PaknForm();
        f.setCode("PA-01");
        f.setReceivedOn(LocalDate.of(2026, 6, 1));
        f.setContent("Phản ánh về đèn đường");
        return f;
    }

    /** As SubmittedAssessmentTest (computed criteria take the ledger's figures): all accepted and approved. */
    private long submittedHalfYear(Fixture.Commune c) {
        long id = scenes.startHalfYear(c);
        AssessmentItem a21 = scenes.row(c, id, "A2.1").item();
        ProposalForm form = new ProposalForm();
        form.setPoints(new BigDecimal("2"));
        form.setVersion(a21.version());
        EvidenceForm upload = new EvidenceForm();
        upload.setTitle("Quyết định ban hành quy chế");
        proposing.propose(c.unitStaff(), a21.id(), form, upload,
                UploadedFile.of("quyet-dinh.pdf", EvidenceFiles.pdf("QĐ")));
        proposing.submit(c.unitStaff(), a21.id(), a21.version() + 1);
        reviewing.review(c.standingAgency(), a21.id(), true, null, a21.version() + 2);
        scenes.scoreAndAccept(c, id, "A1.1", null, null, null);
        scenes.scoreAndAccept(c, id, "A1.2", null, null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.2", "1", null, null);
        scenes.scoreAndAccept(c, id, "A2.3", "4", null, null);
        approving.approve(c.leader(), id, assessments.assessment(c.leader(), id).version());
        return id;
    }

    /** The office unit's initiative (with its evidence) and article, and a dialogue. */
    private long[] registers(Fixture.Commune c) {
        long initiative = id("""
                insert into registers_initiative (commune_id, unit_id, title, proposed_on, applied_on)
                values (?, ?, 'Sáng kiến số hóa hồ sơ', date '2026-02-01', date '2026-03-01') returning id""",
                c.id(), c.officeUnit());
        jdbc.sql("""
                        insert into registers_initiative_evidence (initiative_id, document_id, commune_id)
                        select ?, min(document_id), ? from assessment_item_evidence where commune_id = ?""")
                .params(initiative, c.id(), c.id()).update();
        long dialogue = id("""
                insert into registers_dialogue (commune_id, held_on, kind, title, chair)
                values (?, date '2026-04-10', 'DIALOGUE', 'Đối thoại quý II', 'Chủ tịch UBND') returning id""", c.id());
        long article = id("""
                insert into registers_article (commune_id, unit_id, title, link, channel, published_on)
                values (?, ?, 'Tin CCHC tháng 5', 'https://example.vn/tin', 'COMMUNE_SITE', date '2026-05-05')
                returning id""", c.id(), c.officeUnit());
        return new long[] {initiative, dialogue, article};
    }

    /** Appends the marker to every name a page of the commune or its province can show. */
    private void mark(Fixture.Commune c, String marker) {
        String suffix = " " + marker;
        jdbc.sql("update commune set name = name || ? where id = ?").params(suffix, c.id()).update();
        jdbc.sql("update app_user set full_name = full_name || ? where province_id = ?")
                .params(suffix, c.provinceId()).update();
        jdbc.sql("update criteria_set set title = title || ? where province_id = ?")
                .params(suffix, c.provinceId()).update();
        jdbc.sql("update survey_template set title = title || ? where province_id = ?")
                .params(suffix, c.provinceId()).update();
        for (String column : new String[] {"org_unit.name", "plan.title", "plan_task.title", "plan_target.text",
                "tthc_procedure.name", "pakn.content", "evidence_document.title", "survey.title", "survey_point.label",
                "registers_initiative.title", "registers_dialogue.title", "registers_dialogue.chair",
                "registers_article.title"}) {
            String[] tc = column.split("\\.");
            jdbc.sql("update " + tc[0] + " set " + tc[1] + " = " + tc[1] + " || ? where commune_id = ?")
                    .params(suffix, c.id()).update();
        }
    }

    private long item(long assessment, String code) {
        return id("""
                select i.id from assessment_item i join criteria_node n on n.id = i.node_id
                where i.assessment_id = ? and n.code = ?""", assessment, code);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
