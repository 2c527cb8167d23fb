package vn.cchc.dossier.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.LateDossiers;
import vn.cchc.dossier.TthcStatistics;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;

/**
 * The printable list of a window's late dossiers (resolved late, or open and overdue at its end) with the date of
 * each one's apology letter, which the ledger's managers record here. Dates are typed as dd/MM/yyyy; a refused value
 * re-shows the page with its message and the typed text.
 */
@Controller
class LateDossierController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final java.util.Set<String> MALFORMED = java.util.Set.of("dossier.window.date",
            "dossier.apology.date");

    private final LateDossiers late;
    private final OneStopAccess access;
    private final OrgDirectory org;
    private final Clock clock;

    LateDossierController(LateDossiers late, OneStopAccess access, OrgDirectory org, Clock clock) {
        this.late = late;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/dossiers/late")
    String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        show(me, from, to, model, response, null);
        return "dossier/late";
    }

    @PostMapping("/dossiers/late/apology")
    String recordApology(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String code,
                         @RequestParam(required = false) String date, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        access.requireManage(me);
        model.addAttribute("typedCode", code);
        model.addAttribute("typedDate", date);
        String[] recorded = new String[1];
        boolean done = show(me, from, to, model, response, () -> recorded[0] = VietnamTime.DATE.format(
                late.recordApology(me, code, day(date, "date", "dossier.apology.date"))));
        if (!done) {
            return "dossier/late";
        }
        redirect.addFlashAttribute("notice", "dossier.apology.recorded");
        redirect.addFlashAttribute("noticeArg", code.strip() + " (" + recorded[0] + ")");
        redirect.addAttribute("from", model.getAttribute("fromText"));
        redirect.addAttribute("to", model.getAttribute("toText"));
        return "redirect:/dossiers/late";
    }

    /**
     * Reads the window, runs the write if there is one, and fills the page; a refusal of either is shown on it with
     * 400 (a value that is not a date) or 422 / 409 (a rule). Returns whether everything went through.
     */
    private boolean show(CurrentUser me, String from, String to, Model model, HttpServletResponse response,
                         Runnable write) {
        long communeId = me.requireCommune();
        LocalDate today = VietnamTime.today(clock);
        model.addAttribute("fromText", from);
        model.addAttribute("toText", to);
        model.addAttribute("communeName", org.commune(communeId).name());
        model.addAttribute("canManage", access.canManage(me));
        model.addAttribute("rows", List.of());
        LocalDate start;
        LocalDate end;
        try {
            start = blank(from) ? Period.quarter(today.getYear(), (today.getMonthValue() + 2) / 3).start()
                    : day(from, "from", "dossier.window.date");
            end = blank(to) ? today : day(to, "to", "dossier.window.date");
            TthcStatistics.checkWindow(start, end);
        } catch (InvalidInput e) {
            refuse(model, response, e);
            return false;
        }
        model.addAttribute("fromText", DAY.format(start));
        model.addAttribute("toText", DAY.format(end));
        boolean done = true;
        try {
            if (write != null) {
                write.run();
            }
        } catch (InvalidInput e) {
            refuse(model, response, e);
            done = false;
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.args());
            done = false;
        }
        if (write == null || !done) {
            // A write that went through redirects: the list is read for a page that is shown, not before.
            model.addAttribute("rows", late.rows(communeId, start, end));
        }
        return done;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void refuse(Model model, HttpServletResponse response, InvalidInput e) {
        InvalidInput.Problem p = e.problems().get(0);
        response.setStatus(MALFORMED.contains(p.messageKey()) ? HttpServletResponse.SC_BAD_REQUEST : 422);
        model.addAttribute("problem", p.messageKey());
        model.addAttribute("problemArgs", p.args());
        model.addAttribute("problemField", p.field());
    }

    /** A typed dd/MM/yyyy date within the app's span, or the field's refusal. */
    private static LocalDate day(String text, String field, String messageKey) {
        try {
            LocalDate d = LocalDate.parse(text == null ? "" : text.strip(), DAY);
            if (PlausibleDates.contains(d)) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // refused below with the field's message
        }
        throw InvalidInput.of(field, messageKey);
    }
}
