package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.XlsxTable;

/** The commune's document hub, its periodic reports and the report page (one form for every section). */
@Controller
class PeriodicReportController {

    private static final String PAGE = "/documents/periodic/{planId}/{type}";

    private final PeriodicReports reports;
    private final DocumentAccess access;
    private final PdfResponses pdf;

    PeriodicReportController(PeriodicReports reports, DocumentAccess access, PdfResponses pdf) {
        this.reports = reports;
        this.access = access;
        this.pdf = pdf;
    }

    @GetMapping("/documents")
    String hub(@AuthenticationPrincipal CurrentUser me) {
        access.requireGenerator(me);
        return "documents/hub";
    }

    @GetMapping("/documents/periodic")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rows", reports.list(me));
        return "documents/periodic-list";
    }

    @GetMapping("/documents/periodic/submitted")
    String submittedInProvince(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("rows", reports.submittedInProvince(me));
        return "documents/periodic-submitted";
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @PathVariable String type,
                Model model) {
        PeriodicReports.Draft d = reports.draft(me, planId, type);
        return show(d, form(d), List.of(), model);
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @PathVariable String type,
                @ModelAttribute("form") PeriodicForm form, BindingResult binding,
                @RequestParam(required = false) String redraft, HttpServletResponse response, Model model) {
        return attempt(me, planId, type, form, binding, response, model,
                () -> reports.save(me, planId, type, form, redraft), "saved");
    }

    @PostMapping(PAGE + "/submit")
    String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId, @PathVariable String type,
                  @ModelAttribute("form") PeriodicForm form, BindingResult binding, HttpServletResponse response,
                  Model model) {
        return attempt(me, planId, type, form, binding, response, model,
                () -> reports.submit(me, planId, type, form), "submitted");
    }

    @GetMapping(PAGE + "/report.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                                @PathVariable String type) {
        GeneratedDocument doc = reports.docx(me, planId, type);
        return Downloads.docx(doc.docx(), doc.fileName());
    }

    @GetMapping(PAGE + "/report.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                               @PathVariable String type) {
        return pdf.previewOrUnavailable(reports.docx(me, planId, type));
    }

    @GetMapping(PAGE + "/statistics.xlsx")
    ResponseEntity<byte[]> statistics(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                                      @PathVariable String type) {
        GeneratedDocument sheet = reports.statistics(me, planId, type);
        return Downloads.file(sheet.docx(), org.springframework.http.MediaType.parseMediaType(XlsxTable.CONTENT_TYPE),
                sheet.fileName());
    }

    @GetMapping(PAGE + "/submissions/{versionNo}.docx")
    ResponseEntity<byte[]> submitted(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                                     @PathVariable String type, @PathVariable int versionNo) {
        GeneratedDocument doc = reports.submitted(me, planId, type, versionNo);
        return Downloads.docx(doc.docx(), doc.fileName());
    }

    /** Runs the save; a refusal re-shows the page with everything typed and why (400, 422 or 409). */
    private String attempt(CurrentUser me, long planId, String type, PeriodicForm form, BindingResult binding,
                           HttpServletResponse response, Model model, Runnable save, String done) {
        // The draft (its figures are the costly part) is built for the page only when the page is answered again.
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(reports.draft(me, planId, type), form,
                    List.of(new Refused("documents.periodic.badValue", new Object[0])), model);
        }
        try {
            save.run();
        } catch (InvalidInput e) {
            response.setStatus(422);
            return show(reports.draft(me, planId, type), form,
                    e.problems().stream().map(p -> new Refused(p.messageKey(), p.args())).toList(), model);
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(reports.draft(me, planId, type), form, List.of(new Refused(e.messageKey(), e.args())),
                    model);
        }
        return "redirect:/documents/periodic/" + planId + "/" + type + "?" + done;
    }

    record Refused(String messageKey, Object[] args) {
    }

    private String show(PeriodicReports.Draft d, PeriodicForm form, List<Refused> refused, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("refused", refused);
        model.addAttribute("history", reports.history(d));
        model.addAttribute("submissions", reports.submissions(d));
        return "documents/periodic-report";
    }

    private static PeriodicForm form(PeriodicReports.Draft d) {
        PeriodicForm form = new PeriodicForm();
        form.setVersion(d.head().map(PeriodicReportRepository.Head::version).orElse(0));
        form.setNumber(d.header().number());
        form.setDate(d.header().date());
        form.setAuthority(d.header().authority());
        form.setSignerName(d.header().signerName());
        form.setRecipients(d.header().recipients());
        form.setSections(new java.util.LinkedHashMap<>(d.texts()));
        return form;
    }
}
