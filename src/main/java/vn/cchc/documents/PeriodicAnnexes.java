package vn.cchc.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.shared.InvalidInput;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.progress.AcceptedNarratives.Narrative;
import vn.cchc.dossier.ScoreLine;
import vn.cchc.dossier.Form06a;
import vn.cchc.dossier.TthcStatistics;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.ReformArea;
import vn.cchc.shared.Formats;

/**
 * The rows of the report's annex tables, as the template's row loops receive them; Biểu II.06a and its identity
 * check are the dossier module's.
 */
@Component
class PeriodicAnnexes {

    record Table06a(List<Map<String, Object>> rows, List<String> broken) {
    }

    private final TthcStatistics statistics;
    private final OrgDirectory org;
    private final PlanQueries plans;
    private final EvidenceService evidence;
    private final Formats formats;
    private final TargetText targetText;

    PeriodicAnnexes(TthcStatistics statistics, OrgDirectory org, PlanQueries plans, EvidenceService evidence,
                    Formats formats, TargetText targetText) {
        this.targetText = targetText;
        this.statistics = statistics;
        this.org = org;
        this.plans = plans;
        this.evidence = evidence;
        // Official documents are Vietnamese whatever language the page that asked for them is in.
        this.formats = Formats.vietnamese();
    }

    List<Map<String, Object>> byArea(List<ReformArea> areas, PeriodicFigures.Figures f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReformArea a : areas) {
            PeriodicFigures.TaskCounts c = f.byArea().get(a.code());
            if (c != null) {
                rows.add(countRow(String.valueOf(rows.size() + 1), a.name(), c));
            }
        }
        rows.add(countRow("", "Tổng cộng", total(f.byArea().values())));
        return rows;
    }

    List<Map<String, Object>> byUnit(long communeId, PeriodicFigures.Figures f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit u : org.units(communeId)) {
            PeriodicFigures.TaskCounts c = f.byUnit().get(u.id());
            if (c != null) {
                rows.add(countRow(String.valueOf(rows.size() + 1), u.name(), c));
            }
        }
        return rows;
    }

    List<Map<String, Object>> overdue(long communeId, PeriodicFigures.Figures f) {
        Map<Long, String> units = new LinkedHashMap<>();
        org.units(communeId).forEach(u -> units.put(u.id(), u.name()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PeriodicFigures.Overdue o : f.overdue()) {
            rows.add(Map.of("stt", String.valueOf(rows.size() + 1), "nhiem_vu", o.task().title(),
                    "don_vi", units.getOrDefault(o.task().leadUnitId(), ""), "han", formats.date(o.due()),
                    "ly_do", o.reason()));
        }
        return rows;
    }

    List<Map<String, Object>> targets(PeriodicFigures.Figures f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PeriodicFigures.TargetResult t : f.targets()) {
            rows.add(Map.of("stt", String.valueOf(rows.size() + 1), "chi_tieu", t.target().text(),
                    "nguong", targetText.threshold(t.target()),
                    "thuc_te", t.actual().map(v -> targetText.value(t.target(), v)).orElse("Chưa có số liệu"),
                    "dat", t.achieved().map(a -> a ? "Đạt" : "Không đạt").orElse("")));
        }
        return rows;
    }

    /** Biểu II.06a of the window; refused (422, every broken identity listed) unless its identities hold. */
    Table06a checkedDossiers(long communeId, ReportWindow window) {
        Table06a dossiers = dossiers(communeId, window);
        if (!dossiers.broken().isEmpty()) {
            List<InvalidInput.Problem> problems = new ArrayList<>();
            dossiers.broken().forEach(b -> problems.add(new InvalidInput.Problem("dossiers",
                    "documents.periodic.brokenIdentity", new Object[] {b})));
            throw new InvalidInput(problems);
        }
        return dossiers;
    }

    /** Biểu II.06a of the window by lĩnh vực, with the identities the dossier module finds broken. */
    Table06a dossiers(long communeId, ReportWindow window) {
        Form06a form = statistics.form06a(communeId, window.from(), window.to());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Form06a.Row r : form.rows()) {
            rows.add(dossierRow(String.valueOf(rows.size() + 1), r.field().isEmpty() ? "Lĩnh vực khác" : r.field(), r));
        }
        rows.add(dossierRow("", "Tổng cộng", form.total()));
        return new Table06a(rows, form.brokenIdentities().stream().map(Form06a.Broken::message).toList());
    }

    private static Map<String, Object> dossierRow(String no, String field, Form06a.Row r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("stt", no);
        row.put("linh_vuc", field);
        List<Long> columns = r.columns();
        for (int i = 0; i < columns.size(); i++) {
            row.put(PeriodicReportDocument.DOSSIER_FIELDS.get(i + 2), String.valueOf(columns.get(i)));
        }
        return row;
    }

    List<Map<String, Object>> scoreCard(PeriodicFigures.Figures f) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoreLine l : f.score766().lines()) {
            rows.add(Map.of("stt", String.valueOf(rows.size() + 1), "chi_so", l.rule().name(),
                    "ty_le", l.ratePercent() == null ? "–" : formats.percent(l.ratePercent()),
                    "diem", formats.number(l.points()), "toi_da", formats.number(l.rule().maxPoints())));
        }
        rows.add(Map.of("stt", "", "chi_so", "Tổng điểm", "ty_le", "", "diem", formats.number(f.score766().total()),
                "toi_da", formats.number(f.score766().max())));
        return rows;
    }

    /** The evidence the accepted lines of the window cite, each document once, under the first task citing it. */
    List<Map<String, Object>> evidence(long communeId, Plan plan, PeriodicFigures.Figures f) {
        Map<Long, Narrative> firstCiting = new LinkedHashMap<>();
        f.narratives().forEach(n -> n.documentIds().forEach(id -> firstCiting.putIfAbsent(id, n)));
        Map<Long, String> tasks = new LinkedHashMap<>();
        plans.taskList(plan).forEach(t -> tasks.put(t.id(), t.title()));
        Map<Long, EvidenceDocument> documents = new LinkedHashMap<>();
        evidence.documents(communeId, firstCiting.keySet()).forEach(d -> documents.put(d.id(), d));
        List<Map<String, Object>> rows = new ArrayList<>();
        firstCiting.forEach((id, n) -> {
            EvidenceDocument d = documents.get(id);
            if (d != null) {
                rows.add(Map.of("stt", String.valueOf(rows.size() + 1), "tai_lieu", d.title(),
                        "so_ngay", reference(d), "don_vi", d.unitName(),
                        "nhiem_vu", tasks.getOrDefault(n.taskId(), "")));
            }
        });
        return rows;
    }

    private String reference(EvidenceDocument d) {
        String number = d.docNumber() == null ? "" : "Số " + d.docNumber();
        String date = d.docDate() == null ? "" : "ngày " + formats.date(d.docDate());
        return (number + " " + date).strip();
    }

    private static Map<String, Object> countRow(String no, String name, PeriodicFigures.TaskCounts c) {
        return Map.of("stt", no, "noi_dung", name, "tong", String.valueOf(c.total()),
                "dung_han", String.valueOf(c.onTime()), "tre_han", String.valueOf(c.late()),
                "qua_han", String.valueOf(c.overdue()), "chua_den_han", String.valueOf(c.notDue()));
    }

    private static PeriodicFigures.TaskCounts total(Iterable<PeriodicFigures.TaskCounts> all) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int notDue = 0;
        for (PeriodicFigures.TaskCounts c : all) {
            onTime += c.onTime();
            late += c.late();
            overdue += c.overdue();
            notDue += c.notDue();
        }
        return new PeriodicFigures.TaskCounts(onTime, late, overdue, notDue);
    }
}
