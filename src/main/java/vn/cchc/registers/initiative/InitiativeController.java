package vn.cchc.registers.initiative;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.registers.RegisterPages;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.FormSubmission;

@Controller
class InitiativeController {

    private final InitiativeService initiatives;
    private final RegisterPages pages;
    private final EvidenceService evidence;

    InitiativeController(InitiativeService initiatives, RegisterPages pages, EvidenceService evidence) {
        this.initiatives = initiatives;
        this.pages = pages;
        this.evidence = evidence;
    }

    @GetMapping("/registers/initiatives")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long unit, Model model) {
        int y = pages.year(year);
        model.addAttribute("year", y);
        model.addAttribute("unit", unit);
        model.addAttribute("years", pages.years());
        model.addAttribute("units", pages.units(me));
        model.addAttribute("initiatives", initiatives.list(me, y, unit));
        model.addAttribute("canAdd", RegisterRoles.addsForOwnUnit(me));
        return "registers/initiatives";
    }

    @GetMapping("/registers/initiatives/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Initiative i = initiatives.get(me, id);
        model.addAttribute("initiative", i);
        model.addAttribute("documents", initiatives.evidenceOf(i));
        model.addAttribute("canEdit", RegisterRoles.editsUnit(me, i.unitId()));
        return "registers/initiative";
    }

    @GetMapping("/registers/initiatives/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        if (!RegisterRoles.addsForOwnUnit(me)) {
            throw new AccessDeniedException("add initiative");
        }
        InitiativeForm form = new InitiativeForm();
        form.setUnitId(me.unitId());
        return form(me, model, form, null);
    }

    @PostMapping("/registers/initiatives")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") InitiativeForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        if (!RegisterRoles.addsForOwnUnit(me)) {
            throw new AccessDeniedException("add initiative");
        }
        return FormSubmission.submit(binding, response,
                () -> "redirect:/registers/initiatives/" + initiatives.create(me, form),
                () -> form(me, model, form, null));
    }

    @GetMapping("/registers/initiatives/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Initiative i = initiatives.toEdit(me, id);
        return form(me, model, InitiativeForm.of(i, initiatives.evidenceIds(i)), i);
    }

    @PostMapping("/registers/initiatives/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("form") InitiativeForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Initiative i = initiatives.toEdit(me, id);
        return FormSubmission.submit(binding, response, () -> {
            initiatives.update(me, id, form);
            return "redirect:/registers/initiatives/" + id;
        }, () -> form(me, model, form, i));
    }

    private String form(CurrentUser me, Model model, InitiativeForm form, Initiative initiative) {
        model.addAttribute("form", form);
        model.addAttribute("initiative", initiative);
        model.addAttribute("units", pages.ownUnits(me));
        model.addAttribute("library", evidence.library(me, null, null));
        return "registers/initiative-form";
    }
}
