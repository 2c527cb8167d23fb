package vn.cchc.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.ReformArea;
import vn.cchc.plan.Target;
import vn.cchc.plan.Task;

/** The plan as a document: its header from the plan's register data, its appendices from its targets and tasks. */
@Service
class PlanDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final PlanService plans;
    private final PlanQueries queries;
    private final OrgDirectory org;
    private final DocumentTemplates templates;
    private final DocumentAccess access;
    private final TargetText targetText;

    PlanDocuments(PlanService plans, PlanQueries queries, OrgDirectory org, DocumentTemplates templates,
                  DocumentAccess access, TargetText targetText) {
        this.plans = plans;
        this.queries = queries;
        this.org = org;
        this.templates = templates;
        this.access = access;
        this.targetText = targetText;
    }

    GeneratedDocument generate(CurrentUser user, long planId) {
        access.requireGenerator(user);
        Plan plan = plans.plan(user, planId);
        Commune commune = org.commune(plan.communeId());
        IssuingBody issuer = IssuingBody.of(commune);
        DocumentHeader header = new DocumentHeader(issuer,
                DocumentNumber.registered(plan.decisionNumber(), DocumentKind.PLAN.typeAbbreviation(),
                        issuer.shortName()),
                plan.decisionDate() == null ? queries.today() : plan.decisionDate(), "Kế hoạch", plan.title(),
                access.defaultSigning(plan.communeId()), List.of("Các cơ quan, đơn vị thuộc UBND"),
                access.archiveUnit(plan.communeId()));
        byte[] docx = templates.render(commune.provinceId(), DocumentKind.PLAN, header, body(plan, issuer, header));
        return new GeneratedDocument(docx, "ke-hoach-" + commune.code() + "-" + plan.periodCode() + ".docx");
    }

    private Map<String, Object> body(Plan plan, IssuingBody issuer, DocumentHeader header) {
        Map<Long, String> units = org.units(plan.communeId()).stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        List<Target> targets = queries.targets(plan.communeId(), plan.id());
        List<Task> tasks = queries.taskList(plan);
        Map<String, ReformArea> areas = queries.areas().stream()
                .collect(Collectors.toMap(ReformArea::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(PlanDocument.GROUNDS, grounds(plan.legalBases()));
        body.put(PlanDocument.TARGET_SUMMARY, targets.isEmpty() ? "Kế hoạch không đặt chỉ tiêu định lượng."
                : "Kế hoạch đặt " + targets.size() + " chỉ tiêu, chi tiết tại Phụ lục 1 kèm theo.");
        long areaCount = tasks.stream().map(Task::areaCode).distinct().count();
        body.put(PlanDocument.TASK_SUMMARY, "Kế hoạch giao " + tasks.size() + " nhiệm vụ thuộc " + areaCount
                + " lĩnh vực cải cách hành chính, chi tiết tại Phụ lục 2 kèm theo.");
        body.put(PlanDocument.CARRYING_OUT, "Các cơ quan, đơn vị chủ trì tổ chức thực hiện nhiệm vụ được giao, báo cáo"
                + " kết quả " + cadence(plan) + " kèm tài liệu minh chứng về cơ quan thường trực cải cách hành chính"
                + " để tổng hợp, báo cáo Ủy ban nhân dân.");
        body.put(PlanDocument.COMMUNE_NAME, issuer.communeName().toUpperCase(VI));
        body.put(PlanDocument.YEAR, String.valueOf(plan.year()));
        body.put(PlanDocument.ATTACHED_TO, "(Kèm theo Kế hoạch số " + header.number().symbol() + " "
                + OfficialDate.date(header.date()) + " của " + issuer.committeeShort() + ")");
        List<Map<String, Object>> targetRows = new ArrayList<>();
        int n = 0;
        for (Target t : targets) {
            targetRows.add(Map.of("stt", String.valueOf(++n), "noi_dung", t.text(), "chi_tieu", targetText.threshold(t),
                    "don_vi", t.responsibleUnitId() == null ? "" : units.getOrDefault(t.responsibleUnitId(), "")));
        }
        body.put(PlanDocument.TARGETS, targetRows);
        body.put(PlanDocument.TASKS, taskRows(tasks, areas, units));
        return body;
    }

    private static List<Map<String, Object>> taskRows(List<Task> tasks, Map<String, ReformArea> areas,
                                                      Map<Long, String> units) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String area = null;
        int n = 0;
        for (Task t : tasks) {
            if (!t.areaCode().equals(area)) {
                area = t.areaCode();
                ReformArea a = areas.get(area);
                rows.add(Map.of("stt", area, "nhiem_vu", a == null ? area : a.name().toUpperCase(VI),
                        "san_pham", "", "chu_tri", "", "phoi_hop", "", "thoi_gian", ""));
            }
            rows.add(Map.of("stt", String.valueOf(++n), "nhiem_vu", t.title(),
                    "san_pham", t.product() == null ? "" : t.product(),
                    "chu_tri", units.getOrDefault(t.leadUnitId(), ""),
                    "phoi_hop", t.coordinatorUnitIds().stream().map(id -> units.getOrDefault(id, ""))
                            .collect(Collectors.joining("; ")),
                    "thoi_gian", t.deadlinePhrase() == null ? "" : t.deadlinePhrase()));
        }
        return rows;
    }

    private static String cadence(Plan plan) {
        return switch (plan.reportingCadence()) {
            case MONTH -> "hằng tháng";
            case QUARTER -> "hằng quý";
            case HALF_YEAR -> "6 tháng";
            default -> "định kỳ";
        };
    }

    /** Each ground on its own line ending ";", the last ending "." (ND 30). */
    static String grounds(String legalBases) {
        if (legalBases == null || legalBases.isBlank()) {
            return "";
        }
        List<String> lines = legalBases.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replaceAll("[;.,]+$", ""))
                .map(l -> l.regionMatches(true, 0, "Căn cứ", 0, 6) ? l : "Căn cứ " + l).toList();
        return String.join(";\n", lines) + ".";
    }
}
