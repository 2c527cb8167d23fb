package vn.cchc.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/**
 * Demo profile: each demo province gets the example criteria set (marked as an example) for the current year, made
 * active. Bắc Nha Trang's first half is scored, accepted, approved, appraised with two criteria lowered and
 * finalised; its annual self-assessment is under way (some criteria scored, some sent). Gia Lai's commune has sent
 * its first half, which awaits the appraiser (gl.snv). Once, on the first start.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoParIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoParIndex.class);

    private final CriteriaSets sets;
    private final CriteriaRepository criteria;
    private final Assessments assessments;
    private final AssessmentRepository repository;
    private final JdbcClient jdbc;
    private final StartAssessment starting;
    private final ProposeScore proposing;
    private final ReviewProposal reviewing;
    private final ApproveAndSend approving;
    private final Appraise appraising;
    private final FinaliseAssessment finalising;

    DemoParIndex(CriteriaSets sets, CriteriaRepository criteria, Assessments assessments, AssessmentRepository repository,
                 JdbcClient jdbc, StartAssessment starting, ProposeScore proposing, ReviewProposal reviewing,
                 ApproveAndSend approving, Appraise appraising, FinaliseAssessment finalising) {
        this.starting = starting;
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.approving = approving;
        this.appraising = appraising;
        this.finalising = finalising;
        this.sets = sets;
        this.criteria = criteria;
        this.assessments = assessments;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<CurrentUser> admin = user("kh.admin");
        if (admin.isEmpty() || !criteria.sets(admin.get().provinceId()).isEmpty()) {
            return;
        }
        int year = assessments.today().getYear();
        for (String province : List.of("kh", "gl")) {
            CurrentUser provinceAdmin = user(province + ".admin").orElseThrow();
            long setId = sets.storeFor(provinceAdmin.provinceId(), provinceAdmin.id(), exampleFor(year));
            sets.publish(provinceAdmin, setId);
        }
        halfYearAppraised("bnt", "kh", year);
        yearUnderWay("bnt", year);
        halfYearSent("and", year);
        log.info("Demo PAR Index loaded: example criteria sets, Bắc Nha Trang {}S1 appraised and {} under way, "
                + "An Nhơn Đông {}S1 awaiting appraisal", year, year, year);
    }

    private static CriteriaDraft exampleFor(int year) {
        try (InputStream in = DemoParIndex.class.getResourceAsStream(CriteriaSets.EXAMPLE)) {
            CriteriaDraft d = CriteriaFiles.readJson(in.readAllBytes());
            return new CriteriaDraft(d.code().replace("2026", String.valueOf(year)), d.title().replace("2026", String.valueOf(year)),
                    year, d.surveyPoints(), d.grading(), d.halfDeadline(), d.yearDeadline(), true, d.criteria());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void halfYearAppraised(String commune, String province, int year) {
        CurrentUser agency = user(commune + ".vhxh").orElseThrow();
        long id = starting.start(agency, Period.half(year, 1).code());
        scoreAll(commune, id, agency, 1.0);
        CurrentUser leader = user(commune + ".chutich").orElseThrow();
        approving.approve(leader, id, assessment(agency, id).version());
        CurrentUser appraiser = user(province + ".snv").orElseThrow();
        for (AssessmentPage.Row row : assessments.page(appraiser, id).rows()) {
            if (row.item() == null) {
                continue;
            }
            String code = row.node().code();
            AssessmentItem i = row.item();
            if (code.equals("1.2")) {
                appraising.appraise(appraiser, i.id(), BigDecimal.ONE, "Báo cáo quý I nộp chậm 05 ngày so với quy định.",
                        null, i.version());
            } else if (code.equals("2.1")) {
                appraising.appraise(appraiser, i.id(), new BigDecimal("2"), "Báo cáo rà soát chưa nêu kết quả xử lý văn bản.",
                        null, i.version());
            } else if (code.equals("8.1.1")) {
                appraising.appraise(appraiser, i.id(), new BigDecimal("8.6"), "Kết quả điều tra XHH 6 tháng.", null, i.version());
            } else if (code.equals("8.1.2")) {
                appraising.appraise(appraiser, i.id(), new BigDecimal("8.1"), "Kết quả điều tra XHH 6 tháng.", null, i.version());
            }
        }
        finalising.finalise(appraiser, id, assessment(appraiser, id).version());
    }

    /** Scored in full and sent: the province's appraiser finds it waiting on their landing page. */
    private void halfYearSent(String commune, int year) {
        CurrentUser agency = user(commune + ".vhxh").orElseThrow();
        long id = starting.start(agency, Period.half(year, 1).code());
        scoreAll(commune, id, agency, 1.0);
        approving.approve(user(commune + ".chutich").orElseThrow(), id, assessment(agency, id).version());
    }

    private void yearUnderWay(String commune, int year) {
        CurrentUser agency = user(commune + ".vhxh").orElseThrow();
        long id = starting.start(agency, String.valueOf(year));
        // Criterion 1.1.2 (the plan carried out) is measured on the year plan's tasks of area I.
        AssessmentPage.Row planned = assessments.page(agency, id).rows().stream()
                .filter(r -> r.node().code().equals("1.1.2")).findFirst().orElseThrow();
        AssessmentAccess.Located located = assessments.locate(agency, planned.item().id());
        List<Long> areaOne = assessments.linkChoices(located).tasks().stream()
                .filter(t -> "I".equals(t.task().areaCode())).map(t -> t.task().id()).toList();
        reviewing.link(agency, planned.item().id(), areaOne, List.of());
        scoreAll(commune, id, agency, 0.5);
    }

    /** Each unit proposes the data's points (or full points) for a share of its criteria, sends and gets them accepted. */
    private void scoreAll(String commune, long id, CurrentUser agency, double share) {
        List<AssessmentPage.Row> rows = assessments.page(agency, id).rows().stream()
                .filter(r -> r.item() != null && !r.survey()).toList();
        int done = 0;
        for (AssessmentPage.Row row : rows) {
            if (done >= Math.round(rows.size() * share)) {
                break;
            }
            done++;
            AssessmentItem item = row.item();
            CurrentUser unitUser = unitUser(commune, item.unitId()).orElse(null);
            if (unitUser == null) {
                continue;
            }
            ProposalForm form = new ProposalForm();
            form.setVersion(item.version());
            if (row.node().method() == ScoringMethod.COUNT) {
                form.setCount(row.node().code().equals("1.4.2") ? 10 : 8);
            } else if (row.proposal().isEmpty()) {
                form.setPoints(row.node().maxPoints());
            }
            form.setComment("Đã thực hiện theo kế hoạch.");
            firstDocumentOf(item).ifPresent(doc -> form.getAttach().add(doc));
            proposing.propose(unitUser, item.id(), form, new EvidenceForm(), null);
            int version = repository.item(item.communeId(), item.id()).orElseThrow().version();
            proposing.submit(unitUser, item.id(), version);
            reviewing.review(agency, item.id(), true, null, version + 1);
        }
    }

    private Optional<Long> firstDocumentOf(AssessmentItem item) {
        return jdbc.sql("select id from evidence_document where commune_id = ? and unit_id = ? order by id limit 1")
                .params(item.communeId(), item.unitId()).query(Long.class).optional();
    }

    private Assessment assessment(CurrentUser user, long id) {
        return assessments.assessment(user, id);
    }

    // Read model: the demo acts as seeded users found by username; org's directory offers no such lookup.
    private Optional<CurrentUser> unitUser(String commune, long unitId) {
        return jdbc.sql("select username from app_user where unit_id = ? and username like ? order by id limit 1")
                .params(unitId, commune + ".%").query(String.class).optional().flatMap(this::user);
    }

    private Optional<CurrentUser> user(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), null,
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("province_id"),
                        (Long) rs.getObject("commune_id"), (Long) rs.getObject("unit_id"), true))
                .optional();
    }
}
