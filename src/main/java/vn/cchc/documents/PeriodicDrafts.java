package vn.cchc.documents;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.Plan;
import vn.cchc.plan.ReformArea;
import vn.cchc.plan.Task;
import vn.cchc.progress.AcceptedNarratives.Narrative;
import vn.cchc.shared.Formats;

/**
 * The sections of the report outline (I–V, section II one part per reform area of the plan) and the draft of each
 * computed from the window's figures: area I "chỉ đạo, điều hành" drafts section I (with the CCHC registers' figures,
 * {@link RegisterLines}), the other areas section II, the
 * tasks due next period section IV; the assessment and the proposals are the agency's own words and start empty.
 */
@Component
class PeriodicDrafts {

    static final String DIRECTION = "I";
    static final String RESULTS = "II_";
    static final String STRENGTHS = "III_1";
    static final String WEAKNESSES = "III_2";
    static final String CAUSES = "III_3";
    static final String NEXT = "IV";
    static final String PROPOSALS = "V";
    static final String TTHC_AREA = "III";

    /** A section of the form; {@code group} is the outline heading shown above it when it opens one (II, III). */
    record Section(String key, String heading, String draft, String group) {
        Section(String key, String heading, String draft) {
            this(key, heading, draft, null);
        }
    }

    private final OrgDirectory org;
    private final Formats formats;
    private final RegisterLines registerLines;

    PeriodicDrafts(OrgDirectory org, Formats formats) {
        this.org = org;
        // Official documents are Vietnamese whatever language the page that asked for them is in.
        this.formats = Formats.vietnamese();
        this.registerLines = new RegisterLines(this.formats);
    }

    /** The report's sections in outline order, each with its draft from the figures. */
    List<Section> sections(Plan plan, List<ReformArea> areas, PeriodicFigures.Figures f) {
        Map<Long, String> units = org.units(plan.communeId()).stream()
                .collect(Collectors.toMap(Unit::id, Unit::name));
        List<Section> sections = new java.util.ArrayList<>();
        sections.add(new Section(DIRECTION, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                area(DIRECTION, f, units)));
        int n = 0;
        for (ReformArea a : areas) {
            if (!a.code().equals(DIRECTION)) {
                sections.add(new Section(RESULTS + a.code(), (++n) + ". " + a.name(), area(a.code(), f, units),
                        n == 1 ? "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH" : null));
            }
        }
        sections.add(new Section(STRENGTHS, "1. Ưu điểm", "", "III. ĐÁNH GIÁ CHUNG"));
        sections.add(new Section(WEAKNESSES, "2. Tồn tại, hạn chế", ""));
        sections.add(new Section(CAUSES, "3. Nguyên nhân", ""));
        sections.add(new Section(NEXT, "IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM KỲ TỚI", next(f.dueNext(), units)));
        sections.add(new Section(PROPOSALS, "V. ĐỀ XUẤT, KIẾN NGHỊ", ""));
        return sections;
    }

    private String area(String code, PeriodicFigures.Figures f, Map<Long, String> units) {
        StringBuilder text = new StringBuilder();
        PeriodicFigures.TaskCounts c = f.byArea().getOrDefault(code, PeriodicFigures.TaskCounts.ZERO);
        if (c.total() > 0) {
            text.append("Trong kỳ có ").append(c.total()).append(" lượt nhiệm vụ đến hạn: hoàn thành đúng hạn ")
                    .append(c.onTime()).append(", hoàn thành trễ hạn ").append(c.late()).append(", quá hạn chưa hoàn thành ")
                    .append(c.overdue()).append(", chưa đến hạn ").append(c.notDue()).append('.');
        }
        for (PeriodicFigures.TargetResult t : f.targets()) {
            if (t.target().areaCode().equals(code) && t.actual().isPresent()) {
                line(text, "Chỉ tiêu “" + t.target().text() + "”: đạt " + formats.number(t.actual().get())
                        + " (chỉ tiêu " + t.target().comparator().symbol() + " " + formats.number(t.target().threshold())
                        + "), " + (t.achieved().orElse(false) ? "đạt chỉ tiêu." : "chưa đạt chỉ tiêu."));
            }
        }
        if (code.equals(TTHC_AREA)) {
            line(text, oneStop(f));
        }
        for (Narrative n : f.narratives()) {
            if (code.equals(f.taskAreas().get(n.taskId())) && n.narrative() != null && !n.narrative().isBlank()) {
                line(text, "- " + units.getOrDefault(n.unitId(), "") + ": " + n.narrative().strip());
            }
        }
        if (code.equals(DIRECTION)) {
            registerLines.of(f.registers()).forEach(l -> line(text, l));
        }
        return text.toString();
    }

    private String oneStop(PeriodicFigures.Figures f) {
        ServiceFigures d = f.dossiers();
        return "Tiếp nhận " + d.received() + " hồ sơ thủ tục hành chính (trực tuyến " + d.receivedOnline()
                + ", tỷ lệ " + formats.share(d.receivedOnline(), d.received()) + "); đã giải quyết " + d.finished()
                + " hồ sơ, trong đó trước hạn và đúng hạn " + (d.early() + d.onTime()) + " ("
                + formats.share(d.early() + d.onTime(), d.finished()) + "), quá hạn " + d.late()
                + "; tỷ lệ số hóa hồ sơ " + formats.share(d.digitised(), d.received())
                + ". Tiếp nhận " + f.pakn().received() + " phản ánh, kiến nghị, xử lý đúng hạn "
                + f.pakn().answeredOnTime() + ". Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (766): "
                + formats.number(f.score766().total()) + "/" + formats.number(f.score766().max()) + " điểm.";
    }

    private static String next(List<Task> due, Map<Long, String> units) {
        if (due.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Tập trung thực hiện các nhiệm vụ đến hạn trong kỳ tới:");
        for (Task t : due) {
            text.append("\n- ").append(t.title()).append(" (").append(units.getOrDefault(t.leadUnitId(), ""))
                    .append(t.deadlinePhrase() == null ? "" : "; " + t.deadlinePhrase()).append(").");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }
}
