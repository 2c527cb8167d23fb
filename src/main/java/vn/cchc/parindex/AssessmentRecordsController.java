package vn.cchc.parindex;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.XlsxTable;

/** What an assessment keeps on record, to read: its frozen snapshots, the evidence they cite, the XLSX export. */
@Controller
class AssessmentRecordsController {

    private final Assessments assessments;
    private final MessageSource messages;

    AssessmentRecordsController(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/parindex/assessments/{id}/snapshots/{versionNo}")
    String snapshot(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable int versionNo,
                    Model model) {
        Snapshot snapshot = assessments.snapshots(me, id).stream().filter(s -> s.versionNo() == versionNo).findFirst()
                .orElseThrow(() -> new vn.cchc.shared.NotFoundException("snapshot", versionNo));
        model.addAttribute("page", assessments.page(me, id));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("items", snapshot.items());
        return "parindex/snapshot";
    }

    @GetMapping("/parindex/assessments/{id}/evidence/{documentId}")
    ResponseEntity<Resource> evidence(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                      @PathVariable long documentId) {
        EvidenceService.Download download = assessments.citedDocument(me, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.document().fileType().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(download.file()));
    }

    /** Self and appraised scores side by side, with their difference, as a spreadsheet. */
    @GetMapping("/parindex/assessments/{id}/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        AssessmentPage page = assessments.page(me, id);
        Locale locale = LocaleContextHolder.getLocale();
        Function<String, String> msg = key -> messages.getMessage(key, null, key, locale);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg.apply("parindex.title"), List.of(msg.apply("parindex.code"), msg.apply("parindex.criterion"),
                    msg.apply("parindex.max"), msg.apply("parindex.unit"), msg.apply("parindex.state"),
                    msg.apply("parindex.self"), msg.apply("parindex.appraised"), msg.apply("parindex.delta"),
                    msg.apply("parindex.comment"), msg.apply("parindex.appraisalComment"),
                    msg.apply("parindex.evidenceCount")));
            for (AssessmentPage.Row r : page.rows()) {
                if (r.item() == null) {
                    x.row(r.node().code(), r.node().title(), r.node().maxPoints(), "", "", r.selfSum(),
                            page.appraised() ? r.appraisedSum() : null);
                } else {
                    x.row(r.node().code(), r.node().title(), r.node().maxPoints(), r.unitName(),
                            msg.apply("parindex.state." + r.item().state().name()), r.item().selfPoints(),
                            r.item().appraisedPoints(), r.item().delta(), r.item().comment(), r.item().appraisalComment(),
                            r.evidence().size());
                }
            }
            x.row(msg.apply("parindex.total"), "", page.totalMax(), "", "", page.selfTotal(),
                    page.appraised() ? page.appraisedTotal() : null);
            x.send(response, "chi-so-cchc-" + page.commune().code() + "-" + page.assessment().periodCode() + ".xlsx");
        }
    }
}
