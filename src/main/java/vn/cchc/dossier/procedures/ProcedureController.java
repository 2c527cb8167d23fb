package vn.cchc.dossier.procedures;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import vn.cchc.org.OneStopAccess;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/** The procedure catalogue: statutory times, online level, fees. */
@Controller
class ProcedureController {

    private final ProcedureCatalogue catalogue;
    private final OneStopAccess access;
    private final org.springframework.context.MessageSource messages;

    ProcedureController(ProcedureCatalogue catalogue, OneStopAccess access, org.springframework.context.MessageSource messages) {
        this.catalogue = catalogue;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/dossiers/procedures.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws java.io.IOException {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.function.Function<String, String> msg = key -> messages.getMessage(key, null, key, locale);
        try (vn.cchc.shared.XlsxTable x = new vn.cchc.shared.XlsxTable()) {
            x.sheet(msg.apply("procedure.title"), java.util.List.of(msg.apply("procedure.code"), msg.apply("procedure.name"),
                    msg.apply("procedure.field"), msg.apply("procedure.days"), msg.apply("procedure.online"),
                    msg.apply("procedure.fee"), msg.apply("procedure.paymentIntegrated")));
            for (Procedure p : catalogue.all(me.requireCommune(), "")) {
                x.row(p.code(), p.name(), p.field(), p.processingDays(),
                        p.onlineLevel() == null ? "" : msg.apply("procedure.level." + p.onlineLevel().name()),
                        p.feeBearing(), p.paymentIntegrated());
            }
            x.send(response, "danh-muc-tthc.xlsx");
        }
    }

    @GetMapping("/dossiers/procedures")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("procedures", catalogue.all(me.requireCommune(), q == null ? "" : q));
        model.addAttribute("q", q);
        model.addAttribute("canManage", access.canManage(me));
        return "dossier/procedures";
    }

    @GetMapping("/dossiers/procedures/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        access.requireManage(me);
        model.addAttribute("form", new ProcedureForm());
        return "dossier/procedure-form";
    }

    @GetMapping("/dossiers/procedures/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        access.requireManage(me);
        model.addAttribute("form", ProcedureForm.of(find(me, id)));
        model.addAttribute("id", id);
        return "dossier/procedure-form";
    }

    @PostMapping("/dossiers/procedures")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") ProcedureForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        return save(me, null, form, binding, model, response);
    }

    @PostMapping("/dossiers/procedures/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @Valid @ModelAttribute("form") ProcedureForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        find(me, id);
        return save(me, id, form, binding, model, response);
    }

    private String save(CurrentUser me, Long id, ProcedureForm form, BindingResult binding, Model model,
                        HttpServletResponse response) {
        access.requireManage(me);
        long communeId = me.requireCommune();
        model.addAttribute("id", id);
        return FormSubmission.submit(binding, response, () -> {
            if (catalogue.codeTaken(communeId, form.getCode(), id)) {
                throw InvalidInput.of("code", "procedure.codeTaken");
            }
            catalogue.save(communeId, id, form);
            return "redirect:/dossiers/procedures";
        }, () -> "dossier/procedure-form");
    }

    private Procedure find(CurrentUser me, long id) {
        return catalogue.find(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("procedure", id));
    }
}
