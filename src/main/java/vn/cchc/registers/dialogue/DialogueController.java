package vn.cchc.registers.dialogue;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.cchc.registers.RegisterPages;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.FormSubmission;

@Controller
class DialogueController {

    private final DialogueService dialogues;
    private final RegisterPages pages;

    DialogueController(DialogueService dialogues, RegisterPages pages) {
        this.dialogues = dialogues;
        this.pages = pages;
    }

    @GetMapping("/registers/dialogues")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        int y = pages.year(year);
        model.addAttribute("year", y);
        model.addAttribute("years", pages.years());
        model.addAttribute("dialogues", dialogues.list(me, y));
        model.addAttribute("canAdd", RegisterRoles.managesAll(me));
        return "registers/dialogues";
    }

    @GetMapping("/registers/dialogues/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("dialogue", dialogues.get(me, id));
        model.addAttribute("canEdit", RegisterRoles.managesAll(me));
        return "registers/dialogue";
    }

    @GetMapping("/registers/dialogues/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        dialogues.requireKeeper(me);
        return form(me, model, new DialogueForm(), null);
    }

    @PostMapping("/registers/dialogues")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") DialogueForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        dialogues.requireKeeper(me);
        return FormSubmission.submit(binding, response,
                () -> "redirect:/registers/dialogues/" + dialogues.create(me, form),
                () -> form(me, model, form, null));
    }

    @GetMapping("/registers/dialogues/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        dialogues.requireKeeper(me);
        Dialogue d = dialogues.get(me, id);
        return form(me, model, DialogueForm.of(d), d);
    }

    @PostMapping("/registers/dialogues/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("form") DialogueForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        dialogues.requireKeeper(me);
        Dialogue d = dialogues.get(me, id);
        return FormSubmission.submit(binding, response, () -> {
            dialogues.update(me, id, form);
            return "redirect:/registers/dialogues/" + id;
        }, () -> form(me, model, form, d));
    }

    private String form(CurrentUser me, Model model, DialogueForm form, Dialogue dialogue) {
        model.addAttribute("form", form);
        model.addAttribute("dialogue", dialogue);
        model.addAttribute("units", pages.units(me));
        model.addAttribute("kinds", Dialogue.Kind.values());
        return "registers/dialogue-form";
    }
}
