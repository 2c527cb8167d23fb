package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import vn.cchc.org.CurrentUser;
import vn.cchc.org.DeadlineReadings;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;

/**
 * The province's periodic report calendar: everyone of the province reads it (when is the next CCHC report due),
 * the province admin sets a report type's window, due day and name, or puts it back to the national rule.
 */
@Controller
class ReportTypeController {

    private final ReportCalendar calendar;
    private final Clock clock;
    private final DeadlineReadings readings;

    ReportTypeController(ReportCalendar calendar, Clock clock, DeadlineReadings readings) {
        this.calendar = calendar;
        this.clock = clock;
        this.readings = readings;
    }

    @GetMapping("/documents/report-types")
    String year(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year, Model model) {
        LocalDate today = VietnamTime.today(clock);
        int y = year == null ? today.getYear() : year;
        if (!PlausibleDates.containsYear(y)) {
            throw new NotFoundException("report calendar year", y);
        }
        ReportYear reports = calendar.year(me.provinceId(), y);
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("reports", reports);
        model.addAttribute("monthly", calendar.rules(me.provinceId()).get(ReportType.MONTH));
        model.addAttribute("next", reports.nextPeriodic(today).orElse(null));
        model.addAttribute("nextMonth", reports.nextMonth(today).orElse(null));
        model.addAttribute("canEdit", ReportCalendar.canEdit(me));
        // Due dates are stored as dates; the page also says them as "trước ngày X" in the province's one reading.
        model.addAttribute("reading", readings.ofProvince(me.provinceId()));
        return "documents/report-types";
    }

    @GetMapping("/documents/report-types/{type}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable ReportType type,
                @RequestParam(required = false) Integer year, Model model) {
        ReportCalendar.requireEditor(me);
        model.addAttribute("reportTypeForm", ReportTypeForm.of(calendar.rules(me.provinceId()).get(type), shown(year)));
        return form(type, model);
    }

    @PostMapping("/documents/report-types/{type}")
    String save(@AuthenticationPrincipal CurrentUser me, @PathVariable ReportType type,
                @ModelAttribute("reportTypeForm") ReportTypeForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        ReportCalendar.requireEditor(me);
        return FormSubmission.submit(binding, response, () -> {
            ReportWindowRule rule = form.rule(type);
            calendar.save(me, rule);
            redirect.addFlashAttribute("notice", "documents.reportType.saved");
            redirect.addFlashAttribute("noticeArg", rule.name());
            return "redirect:/documents/report-types?year=" + shown(form.getYear());
        }, () -> form(type, model));
    }

    @PostMapping("/documents/report-types/{type}/reset")
    String reset(@AuthenticationPrincipal CurrentUser me, @PathVariable ReportType type,
                 @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        calendar.reset(me, type);
        redirect.addFlashAttribute("notice", "documents.reportType.reset");
        redirect.addFlashAttribute("noticeArg", NationalReportTypes.of(type).name());
        return "redirect:/documents/report-types?year=" + shown(year);
    }

    private String form(ReportType type, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("national", NationalReportTypes.of(type));
        return "documents/report-type-form";
    }

    /** The year to go back to: the one the page showed, or this year when none or an implausible one is sent. */
    private int shown(Integer year) {
        return year != null && PlausibleDates.containsYear(year) ? year : VietnamTime.today(clock).getYear();
    }
}
