package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.cchc.dossier.LateDossiers;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/** The apology letter for a late dossier: a short form, then the DOCX, with the apology date recorded. */
@Controller
class ApologyLetterController {

    private final ApologyLetters letters;
    private final Clock clock;

    ApologyLetterController(ApologyLetters letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
    }

    @GetMapping("/dossiers/late/letter")
    String form(@AuthenticationPrincipal CurrentUser me, @RequestParam String code, Model model) {
        LateDossiers.Late dossier = letters.facts(me, code);
        LocalDate today = VietnamTime.today(clock);
        String applicant = dossier.applicant() == null ? "" : dossier.applicant();
        return page(dossier, new ApologyLetters.ApologyForm(applicant.isBlank() ? "" : "Ông/Bà " + applicant, "",
                null, dossier.apologyOn() == null ? today : dossier.apologyOn()), model);
    }

    @PostMapping("/dossiers/late/letter")
    ModelAndView generate(@AuthenticationPrincipal CurrentUser me, @RequestParam String code,
                    @RequestParam(required = false) String addressee, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate newDate,
                    @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate apologyDate,
                    @RequestParam(defaultValue = "docx") String format,
                    Model model, HttpServletResponse response) throws IOException {
        ApologyLetters.ApologyForm form = new ApologyLetters.ApologyForm(addressee, reason, newDate, apologyDate);
        try {
            boolean asPdf = "pdf".equals(format);
            GeneratedDocument letter = letters.generate(me, code, form, asPdf);
            // Written here rather than returned, so that a refusal can answer the form again from the same method.
            Downloads.write(response, letter.docx(), asPdf ? MediaType.APPLICATION_PDF : Downloads.DOCX,
                    letter.fileName());
            return null;
        } catch (InvalidInput refused) {
            response.setStatus(422);
            model.addAttribute("problems", refused.problems());
        } catch (Conflict refused) {
            response.setStatus(409);
            model.addAttribute("conflict", refused);
        }
        page(letters.facts(me, code), form, model);
        return new ModelAndView("documents/apology", model.asMap());
    }

    private static String page(LateDossiers.Late dossier, ApologyLetters.ApologyForm form, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("form", form);
        return "documents/apology";
    }
}
