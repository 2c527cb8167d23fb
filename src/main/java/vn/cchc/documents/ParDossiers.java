package vn.cchc.documents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.AssessmentPage;
import vn.cchc.parindex.Assessments;
import vn.cchc.shared.Formats;
import vn.cchc.shared.VietnamTime;

/**
 * The PAR self-assessment dossier of a commune's assessment: the self-assessment report (DOCX) and the evidence
 * package (ZIP). The commune's document makers get their own; the province's appraisers and admins get those of their
 * province's communes once submitted.
 */
@Service
class ParDossiers {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Assessments assessments;
    private final EvidenceService evidence;
    private final DocumentTemplates templates;
    private final DocumentAccess access;
    private final Formats formats;
    private final Clock clock;

    ParDossiers(Assessments assessments, EvidenceService evidence, DocumentTemplates templates, DocumentAccess access,
                Formats formats, Clock clock) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.templates = templates;
        this.access = access;
        // Official documents are Vietnamese whatever language the page that asked for them is in.
        this.formats = Formats.vietnamese();
        this.clock = clock;
    }

    /** The evidence files to pack, in criterion order, resolved before the first byte is sent. */
    record Package(List<EvidenceZip.Entry> entries, String fileName) {
    }

    GeneratedDocument report(CurrentUser user, long assessmentId) {
        ParScoreSheet sheet = ParScoreSheet.of(readable(user, assessmentId));
        AssessmentPage page = sheet.page();
        Commune commune = page.commune();
        IssuingBody issuer = IssuingBody.of(commune);
        LocalDate date = sheet.snapshot().map(s -> VietnamTime.date(s.submittedAt()))
                .orElseGet(() -> VietnamTime.today(clock));
        String period = lowerFirst(page.periodLabel());
        DocumentHeader header = new DocumentHeader(issuer,
                DocumentNumber.of(null, DocumentKind.PAR_SELF_ASSESSMENT.typeAbbreviation(), issuer.shortName()),
                date, "Báo cáo", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính " + period,
                access.defaultSigning(commune.id()), List.of("Sở Nội vụ"), access.archiveUnit(commune.id()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(ParSelfAssessmentDocument.PERIOD, period);
        body.put(ParSelfAssessmentDocument.COMMUNE_NAME, issuer.communeName().toUpperCase(VI));
        body.put(ParSelfAssessmentDocument.INTRODUCTION, introduction(sheet, issuer, period));
        body.put(ParSelfAssessmentDocument.SCORES, rows(sheet));
        body.put(ParSelfAssessmentDocument.RESULT, result(sheet));
        byte[] docx = templates.render(commune.provinceId(), DocumentKind.PAR_SELF_ASSESSMENT, header, body);
        return new GeneratedDocument(docx, "tu-danh-gia-cchc-" + commune.code() + "-" + page.assessment().periodCode()
                + ".docx");
    }

    Package evidencePackage(CurrentUser user, long assessmentId) {
        ParScoreSheet sheet = ParScoreSheet.of(readable(user, assessmentId));
        long communeId = sheet.page().commune().id();
        Map<Long, EvidenceService.Download> files = new LinkedHashMap<>();
        List<EvidenceZip.Entry> entries = new ArrayList<>();
        for (ParScoreSheet.Cited c : sheet.cited()) {
            EvidenceService.Download file = files.computeIfAbsent(c.documentId(),
                    id -> evidence.openUnverified(communeId, id));
            entries.add(new EvidenceZip.Entry(c.criterionCode(), c.criterionTitle(), file.document(), c.sha256(),
                    file.file()));
        }
        return new Package(entries, "minh-chung-cchc-" + sheet.page().commune().code() + "-"
                + sheet.page().assessment().periodCode() + ".zip");
    }

    /** 403 for a role that neither makes the commune's documents nor appraises; 404 for an assessment not theirs. */
    private AssessmentPage readable(CurrentUser user, long assessmentId) {
        access.requireDossierReader(user);
        return assessments.page(user, assessmentId);
    }

    private String introduction(ParScoreSheet sheet, IssuingBody issuer, String period) {
        String sent = sheet.snapshot().map(s -> " Số liệu là số liệu của hồ sơ đã gửi ngày "
                + formats.date(VietnamTime.date(s.submittedAt())) + " (lần " + s.versionNo() + ").").orElse("");
        return "Căn cứ Bộ tiêu chí đánh giá Chỉ số cải cách hành chính (" + sheet.page().set().title() + "), "
                + issuer.committeeShort()
                + " đã tổ chức tự đánh giá, chấm điểm Chỉ số cải cách hành chính " + period
                + "; kết quả từng tiêu chí như sau." + sent;
    }

    private List<Map<String, Object>> rows(ParScoreSheet sheet) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParScoreSheet.Line l : sheet.lines()) {
            rows.add(row(l.code(), l.depth() == 1 ? l.title().toUpperCase(VI) : l.title(), l.max(), l.self(),
                    l.appraised(), l.comment()));
        }
        rows.add(row("", "TỔNG CỘNG", sheet.maxTotal(), sheet.selfTotal(), sheet.appraisedTotal(), ""));
        return rows;
    }

    private Map<String, Object> row(String code, String title, BigDecimal max, BigDecimal self, BigDecimal appraised,
                                    String comment) {
        List<String> fields = ParSelfAssessmentDocument.SCORE_FIELDS;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(fields.get(0), code);
        row.put(fields.get(1), title);
        row.put(fields.get(2), formats.number(max));
        row.put(fields.get(3), formats.number(self));
        row.put(fields.get(4), formats.number(appraised));
        row.put(fields.get(5), comment);
        return row;
    }

    private String result(ParScoreSheet sheet) {
        String self = "Tổng điểm tự đánh giá: " + formats.number(sheet.selfTotal()) + "/"
                + formats.number(sheet.maxTotal().subtract(sheet.page().surveyPoints())) + " điểm ("
                + formats.percent(sheet.selfPercent()) + ")";
        if (sheet.finalised()) {
            return self + "; điểm Chỉ số sau thẩm định: " + formats.number(sheet.appraisedTotal()) + "/"
                    + formats.number(sheet.maxTotal()) + " điểm (" + formats.percent(sheet.indexPercent())
                    + "); xếp loại: " + sheet.grade() + ".";
        }
        return self + "; xếp loại (tạm tính theo điểm tự đánh giá): " + sheet.grade() + ".";
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(VI) + label.substring(1);
    }
}
