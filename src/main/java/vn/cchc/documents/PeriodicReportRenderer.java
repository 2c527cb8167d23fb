package vn.cchc.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.plan.Plan;
import vn.cchc.plan.ReformArea;
import vn.cchc.shared.VietnamTime;

/** Fills the periodic report's template: the header, the section texts as they stand, and the annex tables. */
@Component
class PeriodicReportRenderer {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final OrgDirectory org;
    private final DocumentTemplates templates;
    private final DocumentAccess access;
    private final PeriodicAnnexes annexes;
    private final Clock clock;

    PeriodicReportRenderer(OrgDirectory org, DocumentTemplates templates, DocumentAccess access,
                           PeriodicAnnexes annexes, Clock clock) {
        this.clock = clock;
        this.org = org;
        this.templates = templates;
        this.access = access;
        this.annexes = annexes;
    }

    /** The DOCX; refused (422, every broken row listed) while the dossier table's counts do not add up. */
    byte[] render(PeriodicReports.Draft d) {
        PeriodicAnnexes.Table06a dossiers = annexes.checkedDossiers(d.plan().communeId(), d.window());
        Commune commune = org.commune(d.plan().communeId());
        IssuingBody issuer = IssuingBody.of(commune);
        PeriodicReports.HeaderForm h = d.header();
        DocumentNumber number = DocumentNumber.of(h.number(), DocumentKind.PERIODIC_REPORT.typeAbbreviation(),
                issuer.shortName());
        SigningBlock signing = new SigningBlock(h.authority(), SigningBlock.COMMITTEE,
                h.authority() == SigningBlock.Authority.KT ? SigningBlock.VICE_CHAIRMAN : SigningBlock.CHAIRMAN,
                h.signerName());
        LocalDate date = h.date() == null ? VietnamTime.today(clock) : h.date();
        DocumentHeader header = new DocumentHeader(issuer, number, date, "Báo cáo",
                "Kết quả công tác cải cách hành chính " + PeriodicWindows.label(d.window()), signing,
                h.recipients().lines().map(String::strip).filter(l -> !l.isEmpty())
                        .map(l -> l.replaceFirst("^[-–]\\s*", "").replaceAll("[;.]+$", "")).toList(),
                access.archiveUnit(commune.id()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(PeriodicReportDocument.GROUNDS, grounds(d.plan()));
        body.put(PeriodicReportDocument.PERIOD, PeriodicWindows.label(d.window()));
        body.put(PeriodicReportDocument.COMMUNE_NAME, issuer.communeName().toUpperCase(VI));
        body.put(PeriodicReportDocument.ATTACHED_TO, "(Kèm theo Báo cáo số " + number.symbol() + " "
                + OfficialDate.date(date) + " của " + issuer.committeeShort() + ")");
        Map<String, String> texts = d.texts();
        body.put(PeriodicReportDocument.DIRECTION, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.DIRECTION)));
        List<Map<String, Object>> results = new ArrayList<>();
        for (PeriodicDrafts.Section s : d.sections()) {
            if (s.key().startsWith(PeriodicDrafts.RESULTS)) {
                results.add(Map.of("muc", s.heading(), "noi_dung", PeriodicReportDocument.lines(texts.get(s.key()))));
            }
        }
        body.put(PeriodicReportDocument.RESULTS, results);
        body.put(PeriodicReportDocument.STRENGTHS, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.STRENGTHS)));
        body.put(PeriodicReportDocument.WEAKNESSES, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.WEAKNESSES)));
        body.put(PeriodicReportDocument.CAUSES, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.CAUSES)));
        body.put(PeriodicReportDocument.NEXT, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.NEXT)));
        body.put(PeriodicReportDocument.PROPOSALS, PeriodicReportDocument.lines(texts.get(PeriodicDrafts.PROPOSALS)));
        List<ReformArea> areas = d.areas();
        body.put(PeriodicReportDocument.BY_AREA, annexes.byArea(areas, d.figures()));
        body.put(PeriodicReportDocument.BY_UNIT, annexes.byUnit(commune.id(), d.figures()));
        body.put(PeriodicReportDocument.OVERDUE, annexes.overdue(commune.id(), d.figures()));
        body.put(PeriodicReportDocument.TARGETS, annexes.targets(d.figures()));
        body.put(PeriodicReportDocument.DOSSIERS, dossiers.rows());
        body.put(PeriodicReportDocument.SCORE_CARD, annexes.scoreCard(d.figures()));
        body.put(PeriodicReportDocument.EVIDENCE, annexes.evidence(commune.id(), d.plan(), d.figures()));
        return templates.render(commune.provinceId(), DocumentKind.PERIODIC_REPORT, header, body);
    }

    /** The commune's plan as the ground of the report, with the plan's own grounds before it. */
    static String grounds(Plan plan) {
        String own = "Căn cứ Kế hoạch " + (plan.decisionNumber() == null || plan.decisionNumber().isBlank() ? ""
                : "số " + plan.decisionNumber().strip() + " ") + (plan.decisionDate() == null ? ""
                : OfficialDate.date(plan.decisionDate()) + " ") + "về " + lowerFirst(plan.title());
        String higher = plan.legalBases() == null ? "" : plan.legalBases().strip();
        return PlanDocuments.grounds(higher.isEmpty() ? own : higher + "\n" + own);
    }

    private static String lowerFirst(String title) {
        String t = title.strip();
        if (t.regionMatches(true, 0, "Kế hoạch ", 0, 9)) {
            t = t.substring(9);
        }
        boolean acronym = t.length() > 1 && Character.isUpperCase(t.charAt(1));
        return t.isEmpty() || acronym ? t : t.substring(0, 1).toLowerCase(VI) + t.substring(1);
    }
}
