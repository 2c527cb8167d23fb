package vn.cchc.org;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.shared.InvalidInput;

/**
 * Units of the commune (everyone of the commune reads them, the commune admin changes them), communes of the
 * province (province admin). Users are in {@link UserController}.
 */
@Controller
class OrgController {

    private final OrgService service;
    private final OrgRepository org;

    OrgController(OrgService service, OrgRepository org) {
        this.service = service;
        this.org = org;
    }

    @GetMapping("/org/units")
    String units(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("units", org.units(me.requireCommune()));
        model.addAttribute("commune", org.commune(me.requireCommune()).orElseThrow());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("canEdit", me.canManageCommune());
        return "org/units";
    }

    @PostMapping("/org/units")
    String addUnit(@AuthenticationPrincipal CurrentUser me, @RequestParam String name, @RequestParam String shortName,
                   @RequestParam(required = false) UnitKind kind, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            service.addUnit(me, name, shortName, kind);
            redirect.addFlashAttribute("notice", "org.unit.saved");
            return "redirect:/org/units";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("draftName", name);
            model.addAttribute("draftShortName", shortName);
            return units(me, model);
        }
    }

    @GetMapping("/org/units/{id}/edit")
    String editUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        model.addAttribute("unit", service.unit(OrgService.managedCommune(me), id));
        model.addAttribute("kinds", UnitKind.values());
        return "org/unit-form";
    }

    @PostMapping("/org/units/{id}")
    String updateUnit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String name,
                      @RequestParam String shortName, @RequestParam(required = false) UnitKind kind,
                      @RequestParam(defaultValue = "false") boolean active, Model model, HttpServletResponse response) {
        try {
            service.updateUnit(me, id, name, shortName, kind, active);
            return "redirect:/org/units";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            return editUnit(me, id, model);
        }
    }

    @PostMapping("/org/units/{id}/standing-agency")
    String makeStandingAgency(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        service.makeStandingAgency(me, id);
        return "redirect:/org/units";
    }

    @GetMapping("/org/communes")
    String communes(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("province", org.province(me.provinceId()).orElseThrow());
        model.addAttribute("communes", org.communesOf(me.provinceId()));
        model.addAttribute("kinds", Commune.Kind.values());
        model.addAttribute("canEdit", me.role() == Role.PROVINCE_ADMIN);
        return "org/communes";
    }

    @PostMapping("/org/communes")
    String addCommune(@AuthenticationPrincipal CurrentUser me, @RequestParam String code, @RequestParam String name,
                      @RequestParam(required = false) Commune.Kind kind,
                      @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.addCommune(me, code, name, kind, validFrom);
            redirect.addFlashAttribute("notice", "org.commune.saved");
            return "redirect:/org/communes";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            return communes(me, model);
        }
    }

    @GetMapping("/org/communes/{id}/edit")
    String editCommune(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        long provinceId = OrgService.provinceAdmin(me);
        Commune commune = org.commune(id).filter(c -> c.provinceId() == provinceId)
                .orElseThrow(() -> new vn.cchc.shared.NotFoundException("commune", id));
        model.addAttribute("commune", commune);
        model.addAttribute("kinds", Commune.Kind.values());
        return "org/commune-form";
    }

    @PostMapping("/org/communes/{id}")
    String updateCommune(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String code,
                         @RequestParam String name, @RequestParam(required = false) Commune.Kind kind,
                         @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validFrom,
                         @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validTo,
                         Model model, HttpServletResponse response) {
        try {
            service.updateCommune(me, id, code, name, kind, validFrom, validTo);
            return "redirect:/org/communes";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            return editCommune(me, id, model);
        }
    }
}
