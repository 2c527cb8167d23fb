package vn.cchc.pakn;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodChoice;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.XlsxTable;

/** PAKN items: the period's list with its handling figures, the item form, the XLSX export. */
@Controller
class PaknController {

    private final PaknService pakn;
    private final OneStopAccess access;
    private final MessageSource messages;
    private final Clock clock;

    PaknController(PaknService pakn, OneStopAccess access, MessageSource messages, Clock clock) {
        this.pakn = pakn;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/pakn")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) String q, Model model) {
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        model.addAttribute("period", p);
        model.addAttribute("periods", PeriodChoice.options(p.year(), VietnamTime.today(clock)));
        model.addAttribute("items", pakn.list(me, p, q == null ? "" : q));
        model.addAttribute("figures", pakn.figures(me.requireCommune(), p));
        model.addAttribute("q", q);
        model.addAttribute("today", VietnamTime.today(clock));
        model.addAttribute("canManage", access.canManage(me));
        return "pakn/pakn-list";
    }

    @GetMapping("/pakn/new")
    String createForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        access.requireManage(me);
        PaknForm form = new PaknForm();
        form.setReceivedOn(VietnamTime.today(clock));
        model.addAttribute("form", form);
        return "pakn/pakn-form";
    }

    @GetMapping("/pakn/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        access.requireManage(me);
        model.addAttribute("form", PaknForm.of(pakn.get(me, id)));
        model.addAttribute("id", id);
        return "pakn/pakn-form";
    }

    @PostMapping("/pakn")
    String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") PaknForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        return save(me, null, form, binding, model, response);
    }

    @PostMapping("/pakn/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @Valid @ModelAttribute("form") PaknForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        pakn.get(me, id);
        return save(me, id, form, binding, model, response);
    }

    private String save(CurrentUser me, Long id, PaknForm form, BindingResult binding, Model model,
                        HttpServletResponse response) {
        access.requireManage(me);
        model.addAttribute("id", id);
        return FormSubmission.submit(binding, response, () -> {
            pakn.save(me, id, form);
            return "redirect:/pakn?period=" + Period.year(form.getReceivedOn().getYear()).code();
        }, () -> "pakn/pakn-form");
    }

    @GetMapping("/pakn.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                HttpServletResponse response) throws IOException {
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("pakn.title"), List.of(msg("pakn.code"), msg("pakn.receivedOn"), msg("pakn.channel"),
                    msg("pakn.content"), msg("pakn.dossierCode"), msg("pakn.dueOn"), msg("pakn.answeredOn"),
                    msg("pakn.publishedOn"), msg("pakn.disliked"), msg("pakn.recomplained")));
            for (Pakn i : pakn.list(me, p, "")) {
                x.row(i.code(), i.receivedOn(), msg("pakn.channel." + i.channel().name()), i.content(), i.dossierCode(),
                        i.dueOn(), i.answeredOn(), i.publishedOn(), i.disliked(), i.recomplained());
            }
            x.send(response, "pakn-" + p.code() + ".xlsx");
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
