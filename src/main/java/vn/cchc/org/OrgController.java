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

/** Units and users of the commune (commune admin), communes of the province (province admin). */
@Controller
class OrgController {

    private final OrgService service;
    private final OrgRepository org;
    private final UserRepository users;

    OrgController(OrgService service, OrgRepository org, UserRepository users) {
        this.service = service;
        this.org = org;
        this.users = users;
    }

    @GetMapping("/org/units")
    String units(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("units", org.units(me.requireCommune()));
        model.addAttribute("commune", org.commune(me.requireCommune()).orElseThrow());
        model.addAttribute("kinds", UnitKind.values());
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
        model.addAttribute("unit", service.unit(me.requireCommune(), id));
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

    @GetMapping("/org/users")
    String users(@AuthenticationPrincipal CurrentUser me, Model model) {
        long communeId = me.requireCommune();
        model.addAttribute("users", users.ofCommune(communeId));
        model.addAttribute("units", org.units(communeId));
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> !r.provinceLevel()).toList());
        return "org/users";
    }

    @PostMapping("/org/users")
    String addUser(@AuthenticationPrincipal CurrentUser me, @RequestParam String username, @RequestParam String fullName,
                   @RequestParam(required = false) Role role, @RequestParam(required = false) Long unitId,
                   @RequestParam String password, @RequestParam(required = false) String email, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.addUser(me, username, fullName, role, unitId, password, email);
            redirect.addFlashAttribute("notice", "org.user.saved");
            return "redirect:/org/users";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            model.addAttribute("draftUsername", username);
            model.addAttribute("draftFullName", fullName);
            return users(me, model);
        }
    }

    @PostMapping("/org/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String password,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.resetPassword(me, id, password);
            redirect.addFlashAttribute("notice", "org.user.passwordReset");
            return "redirect:/org/users";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            return users(me, model);
        }
    }

    @PostMapping("/org/users/{id}/email")
    String setEmail(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                    @RequestParam(required = false) String email, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            service.setEmail(me, id, email);
            redirect.addFlashAttribute("notice", "org.user.emailSaved");
            return "redirect:/org/users";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("problems", e.problems());
            return users(me, model);
        }
    }

    @PostMapping("/org/users/{id}/enabled")
    String setEnabled(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam boolean enabled,
                      RedirectAttributes redirect) {
        try {
            service.setUserEnabled(me, id, enabled);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/org/users";
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
        Commune commune = org.commune(id).filter(c -> c.provinceId() == me.provinceId() && me.role() == Role.PROVINCE_ADMIN)
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
