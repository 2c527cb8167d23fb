package vn.cchc.plan;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;

/** The plan page's "send to the chairman for issuing" panel: send (or resend) and withdraw. */
@Controller
class IssueRequestController {

    private final IssueRequests requests;

    IssueRequestController(IssueRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/plans/{id}/issue-request")
    String send(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return answer(redirect, id, "plan.issueRequest.sent", () -> requests.send(me, id, note));
    }

    @PostMapping("/plans/{id}/issue-request/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        return answer(redirect, id, "plan.issueRequest.withdrawn", () -> requests.withdraw(me, id));
    }

    /** Back to the plan page with the outcome, as the status buttons beside it do; a refusal stores nothing. */
    private static String answer(RedirectAttributes redirect, long id, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("problemArgs", e.problems().get(0).args());
        }
        return "redirect:/plans/" + id;
    }
}
