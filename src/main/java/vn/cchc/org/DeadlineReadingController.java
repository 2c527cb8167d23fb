package vn.cchc.org;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.shared.BeforeReading;

/** The province admin's choice of how "Trước ngày X" reads in the whole province (their own province only). */
@Controller
class DeadlineReadingController {

    private final DeadlineReadings readings;
    private final OrgRepository org;

    DeadlineReadingController(DeadlineReadings readings, OrgRepository org) {
        this.readings = readings;
        this.org = org;
    }

    @GetMapping("/org/deadline-reading")
    String show(@AuthenticationPrincipal CurrentUser me, Model model) {
        requireProvinceAdmin(me);
        model.addAttribute("province", org.province(me.provinceId()).orElseThrow());
        model.addAttribute("reading", readings.ofProvince(me.provinceId()));
        model.addAttribute("readings", BeforeReading.values());
        return "org/deadline-reading";
    }

    @PostMapping("/org/deadline-reading")
    String save(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) BeforeReading reading,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireProvinceAdmin(me);
        if (reading == null) {
            response.setStatus(422);
            model.addAttribute("problem", "org.deadlineReading.required");
            return show(me, model);
        }
        readings.set(me, reading);
        redirect.addFlashAttribute("notice", "org.deadlineReading.saved");
        return "redirect:/org/deadline-reading";
    }

    private static void requireProvinceAdmin(CurrentUser me) {
        if (me.role() != Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("deadline reading");
        }
    }
}
