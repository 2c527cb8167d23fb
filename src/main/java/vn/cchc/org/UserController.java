package vn.cchc.org;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/**
 * The commune's users, with their e-mail addresses, role and unit: the commune admin's pages only (other commune
 * roles get 403, province users have no commune and get 404).
 */
@Controller
class UserController {

    private final OrgService service;
    private final OrgRepository org;
    private final UserRepository users;

    UserController(OrgService service, OrgRepository org, UserRepository users) {
        this.service = service;
        this.org = org;
        this.users = users;
    }

    @GetMapping("/org/users")
    String users(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", new UserForm());
        return page(me, model);
    }

    @PostMapping("/org/users")
    String addUser(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") UserForm form, BindingResult binding,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        OrgService.managedCommune(me);
        return FormSubmission.submit(binding, response, () -> {
            service.addUser(me, form.getUsername(), form.getFullName(), form.getRole(), form.getUnitId(),
                    form.getPassword(), form.getEmail());
            redirect.addFlashAttribute("notice", "org.user.saved");
            return "redirect:/org/users";
        }, () -> page(me, model));
    }

    @GetMapping("/org/users/{id}/edit")
    String editUser(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        UserRepository.UserRow user = member(me, id);
        UserForm form = new UserForm();
        form.setRole(user.role());
        form.setUnitId(user.unitId());
        model.addAttribute("form", form);
        return editPage(me, user, model);
    }

    /** A refused change re-shows the form with the role and unit as chosen and the message beside the field. */
    @PostMapping("/org/users/{id}")
    String changeRole(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                      @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        UserRepository.UserRow user = member(me, id);
        return FormSubmission.submit(binding, response, () -> {
            service.changeRole(me, id, form.getRole(), form.getUnitId());
            redirect.addFlashAttribute("notice", "org.user.roleSaved");
            return "redirect:/org/users";
        }, () -> editPage(me, user, model));
    }

    @PostMapping("/org/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam String password,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.resetPassword(me, id, password);
            redirect.addFlashAttribute("notice", "org.user.passwordReset");
            return "redirect:/org/users";
        } catch (InvalidInput e) {
            return refused(me, e, model, response);
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
            return refused(me, e, model, response);
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

    /** A row's form (password, e-mail) was refused: its message goes above the list. */
    private String refused(CurrentUser me, InvalidInput e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problems", e.problems());
        model.addAttribute("form", new UserForm());
        return page(me, model);
    }

    /** A user of the admin's own commune; another commune's (or a province user) is 404. */
    private UserRepository.UserRow member(CurrentUser me, long id) {
        return users.ofCommune(OrgService.managedCommune(me), id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private String editPage(CurrentUser me, UserRepository.UserRow user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("units", org.units(OrgService.managedCommune(me)));
        model.addAttribute("roles", communeRoles());
        return "org/user-form";
    }

    private static java.util.List<Role> communeRoles() {
        return Arrays.stream(Role.values()).filter(r -> !r.provinceLevel()).toList();
    }

    private String page(CurrentUser me, Model model) {
        long communeId = OrgService.managedCommune(me);
        model.addAttribute("users", users.ofCommune(communeId));
        model.addAttribute("units", org.units(communeId));
        model.addAttribute("roles", communeRoles());
        return "org/users";
    }
}
