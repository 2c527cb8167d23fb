package vn.cchc.planimport;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.calendar.Period;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.BeforeReading;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.MetricKind;
import vn.cchc.plan.PlanKind;
import vn.cchc.plan.PlanQueries;
import vn.cchc.shared.InvalidInput;

/**
 * The review of an import draft: the page, saving the edits, discarding the draft, and creating the plan. A post
 * is applied to the stored rows (what the reader found about a row never comes from the request); a refusal shows
 * the page again with what was typed and each message beside its row.
 */
@Controller
class ImportReviewController {

    private final ImportService imports;
    private final PlanQueries plans;
    private final OrgDirectory org;
    private final IndicatorReadings indicators;
    private final DeadlineReadings readings;

    ImportReviewController(ImportService imports, PlanQueries plans, OrgDirectory org, IndicatorReadings indicators,
                           DeadlineReadings readings) {
        this.readings = readings;
        this.imports = imports;
        this.plans = plans;
        this.org = org;
        this.indicators = indicators;
    }

    @GetMapping("/plans/import/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        StoredDraft draft = imports.draft(me, id);
        ReviewForm form = imports.review(draft);
        return page(model, draft, form, new BeanPropertyBindingResult(form, "form"));
    }

    @PostMapping("/plans/import/{id}")
    String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @ModelAttribute("form") ReviewForm posted,
                BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StoredDraft draft = imports.draft(me, id);
        ReviewForm edited = imports.edited(draft, posted);
        BindingResult errors = carried(binding, edited);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, draft, edited, errors);
        }
        imports.save(me, id, edited);
        redirect.addFlashAttribute("notice", "planimport.saved");
        return "redirect:/plans/import/" + id;
    }

    @PostMapping("/plans/import/{id}/create")
    String create(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("form") ReviewForm posted, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        StoredDraft draft = imports.draft(me, id);
        ReviewForm edited = imports.edited(draft, posted);
        BindingResult errors = carried(binding, edited);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, draft, edited, errors);
        }
        try {
            long planId = imports.create(me, id, edited);
            redirect.addFlashAttribute("notice", "planimport.created");
            return "redirect:/plans/" + planId;
        } catch (InvalidInput e) {
            e.addTo(errors);
            response.setStatus(422);
            return page(model, draft, edited, errors);
        }
    }

    @PostMapping("/plans/import/{id}/discard")
    String discard(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        imports.discard(me, id);
        redirect.addFlashAttribute("notice", "planimport.discarded");
        return "redirect:/plans/import";
    }

    /** The post's binding errors (a malformed date or id) on the form as it will be shown. */
    private static BindingResult carried(BindingResult binding, ReviewForm shown) {
        BindingResult errors = new BeanPropertyBindingResult(shown, "form");
        binding.getFieldErrors().forEach(errors::addError);
        binding.getGlobalErrors().forEach(errors::addError);
        return errors;
    }

    private String page(Model model, StoredDraft draft, ReviewForm form, BindingResult errors) {
        int year = plans.today().getYear();
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        BeforeReading reading = readings.ofCommune(draft.communeId());
        model.addAttribute("review", ReviewPage.of(draft, form, plans.areas(), plans.today(), reading));
        model.addAttribute("reading", reading);
        model.addAttribute("areas", plans.areas());
        model.addAttribute("units", org.activeUnits(draft.communeId()));
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("periods", periodChoices(year, form.getPeriodCode()));
        model.addAttribute("metricKinds", MetricKind.values());
        model.addAttribute("comparators", Comparator.values());
        model.addAttribute("indicators", indicators.groups());
        return "planimport/review";
    }

    /** Last, this and next year, each whole or by half, and the document's own period if it is another. */
    private static List<Period> periodChoices(int year, String stated) {
        List<Period> choices = new ArrayList<>();
        for (int y = year + 1; y >= year - 1; y--) {
            choices.add(Period.year(y));
            choices.add(Period.half(y, 1));
            choices.add(Period.half(y, 2));
        }
        try {
            Period p = Period.parse(stated);
            if (!choices.contains(p)) {
                choices.add(0, p); // shown as read; creating refuses it if it is not a year or a half
            }
        } catch (RuntimeException notAPeriod) {
            // the select offers the usual choices
        }
        return choices;
    }
}
