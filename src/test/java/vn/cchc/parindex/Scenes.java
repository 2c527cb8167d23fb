package vn.cchc.parindex;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.PeriodType;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.ImportJob;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Test scenes for the PAR Index: a commune in its own province whose admin has made the example set (or a small
 * one) active, a one-stop ledger with hand-countable figures, a plan with one overdue task of four, and the
 * assessment of the first half of 2026 as of 10/06/2026.
 */
@Component
public class Scenes {

    /** A small set: two areas of 10 points and 5 survey points (total 25), one criterion of each computed kind. */
    public static final String SMALL_SET = """
            {"code": "T-2026", "title": "Bộ thử", "year": 2026, "grading": "A:90;B:80;C:0", "criteria": [
             {"code": "A1", "title": "Một cửa", "maxPoints": 10},
             {"code": "A1.1", "parent": "A1", "title": "Đúng hạn", "maxPoints": 4, "method": "LADDER",
              "rule": "indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0", "evidence": "Số liệu", "unit": "SERVICE_CENTRE"},
             {"code": "A1.2", "parent": "A1", "title": "Trực tuyến", "maxPoints": 3, "method": "PROPORTIONAL",
              "rule": "indicator:ONLINE_RATE; full:70", "unit": "SERVICE_CENTRE"},
             {"code": "A1.3", "parent": "A1", "title": "Sáng kiến", "maxPoints": 3, "method": "COUNT",
              "rule": "min:1; per-unit; partial", "unit": "STANDING"},
             {"code": "A2", "title": "Chỉ đạo", "maxPoints": 10},
             {"code": "A2.1", "parent": "A2", "title": "Quyết định", "maxPoints": 2, "method": "YESNO",
              "evidence": "Quyết định", "unit": "OFFICE"},
             {"code": "A2.2", "parent": "A2", "title": "Báo cáo", "maxPoints": 2, "method": "MANUAL", "rule": "scale:0|1|2",
              "unit": "OFFICE"},
             {"code": "A2.3", "parent": "A2", "title": "Kế hoạch", "maxPoints": 6, "method": "PROPORTIONAL",
              "rule": "tasks; full:100", "unit": "STANDING"},
             {"code": "S", "title": "Điều tra", "maxPoints": 5},
             {"code": "S.1", "parent": "S", "title": "Hài lòng", "maxPoints": 5, "method": "SURVEY"}]}
            """;

    public static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Cán bộ xử lý;Hình thức nộp;Mức độ DVC;"
            + "Ngày nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Yêu cầu bổ sung;Phí, lệ phí;"
            + "Thanh toán trực tuyến;Số hóa;Kết quả điện tử;Tái sử dụng dữ liệu;Ngày xin lỗi;Đánh giá";

    private final Fixture fixture;
    private final CriteriaSets sets;
    private final Assessments assessments;
    private final StartAssessment starting;
    private final ProposeScore proposing;
    private final ReviewProposal reviewing;
    private final DossierImports imports;
    private final Plans plans;
    private final ObjectProvider<MutableClock> clock;

    Scenes(Fixture fixture, CriteriaSets sets, Assessments assessments, StartAssessment starting, ProposeScore proposing,
           ReviewProposal reviewing, DossierImports imports, Plans plans, ObjectProvider<MutableClock> clock) {
        this.starting = starting;
        this.proposing = proposing;
        this.reviewing = reviewing;
        this.fixture = fixture;
        this.sets = sets;
        this.assessments = assessments;
        this.imports = imports;
        this.plans = plans;
        this.clock = clock;
    }

    /** A commune in a province of its own whose active 2026 set is {@code json} (null: the shipped example). */
    public Fixture.Commune communeWithSet(String json) {
        Fixture.Commune c = fixture.communeInOwnProvince();
        activate(c, json);
        clock.getObject().setToday(LocalDate.of(2026, 6, 10));
        return c;
    }

    long activate(Fixture.Commune c, String json) {
        long id = json == null ? sets.loadExample(c.provinceAdmin())
                : sets.importFile(c.provinceAdmin(), "bo.json", json.getBytes(StandardCharsets.UTF_8));
        sets.publish(c.provinceAdmin(), id);
        return id;
    }

    /**
     * Twenty dossiers received on Monday 05/01/2026, due 08/01, all finished: nineteen on 07/01 and P20 on 09/01
     * (late, no apology). P01–P07 online, full online, accepted within the hour; all digitised; P01–P16 with an
     * electronic result; P01–P06 re-used data. No fees.
     * By hand: on time 19/20 = 95%, online 7/20 = 35%, apologies 0/1 = 0%, online accepted in 8 working hours 7/7 =
     * 100%, digitised 100%, e-results 16/20 = 80%, re-use 6/20 = 30%.
     */
    public void ledger(Fixture.Commune c) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 20; i++) {
            boolean online = i <= 7;
            csv.append(String.format("P%02d;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công;Nguyễn Văn An;%s;%s;%s;05/01/2026 09:00;08/01/2026;%s;;;0;;Có;%s;%s;;%n",
                    i, online ? "Trực tuyến" : "Trực tiếp", online ? "Toàn trình" : "", online ? "05/01/2026 08:00" : "",
                    i == 20 ? "09/01/2026 10:00" : "07/01/2026 10:00", i <= 16 ? "Có" : "Không", i <= 6 ? "Có" : "Không"));
        }
        ImportJob job = imports.importNow(c.unitHead(), "so-lieu.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        if (!"DONE".equals(job.state())) {
            throw new IllegalStateException("ledger not imported: " + job.message() + " " + job.errors());
        }
    }

    /** The 2026 plan: four tasks, the one due in March overdue on 10/06/2026. Returns their ids. */
    List<Long> planWithOneOverdueTaskOfFour(Fixture.Commune c) {
        long plan = plans.issuedPlan(c.standingAgency(), "2026", PeriodType.QUARTER);
        List<Long> tasks = new ArrayList<>();
        tasks.add(plans.task(c.standingAgency(), plan, "T1", "Tháng 3", c.officeUnit()));
        tasks.add(plans.task(c.standingAgency(), plan, "T2", "Tháng 9", c.officeUnit()));
        tasks.add(plans.task(c.standingAgency(), plan, "T3", "Quý IV", c.centreUnit()));
        tasks.add(plans.task(c.standingAgency(), plan, "T4", "Tháng 12", c.cultureUnit()));
        return tasks;
    }

    public long startHalfYear(Fixture.Commune c) {
        return starting.start(c.standingAgency(), "2026S1");
    }

    public AssessmentPage.Row row(Fixture.Commune c, long assessmentId, String code) {
        return assessments.page(c.standingAgency(), assessmentId).rows().stream()
                .filter(r -> r.node().code().equals(code)).findFirst().orElseThrow();
    }

    /** The commune user who answers for a unit: the office staff, the centre head, or the standing agency. */
    static CurrentUser userOf(Fixture.Commune c, long unitId) {
        if (unitId == c.officeUnit()) {
            return c.unitStaff();
        }
        return unitId == c.centreUnit() ? c.unitHead() : c.standingAgency();
    }

    /** The unit proposes (points, or a count, or nothing to take the data's proposal) and sends; returns the item. */
    AssessmentItem propose(Fixture.Commune c, long assessmentId, String code, String points, Integer count,
                           String reason) {
        AssessmentItem item = row(c, assessmentId, code).item();
        ProposalForm form = new ProposalForm();
        form.setVersion(item.version());
        form.setPoints(points == null ? null : new BigDecimal(points));
        form.setCount(count);
        form.setOverrideReason(reason);
        proposing.propose(userOf(c, item.unitId()), item.id(), form, new EvidenceForm(), null);
        return row(c, assessmentId, code).item();
    }

    /** Proposes, sends, and has the standing agency accept. */
    public void scoreAndAccept(Fixture.Commune c, long assessmentId, String code, String points, Integer count, String reason) {
        AssessmentItem item = propose(c, assessmentId, code, points, count, reason);
        proposing.submit(userOf(c, item.unitId()), item.id(), item.version());
        reviewing.review(c.standingAgency(), item.id(), true, null, item.version() + 1);
    }
}
