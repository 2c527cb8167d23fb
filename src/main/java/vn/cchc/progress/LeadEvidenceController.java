package vn.cchc.progress;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.evidence.EvidenceResponses;
import vn.cchc.org.CurrentUser;

/** A coordinating unit downloads a document the lead unit attached to the task ({@link LeadEvidence}). */
@Controller
class LeadEvidenceController {

    private final LeadEvidence leadEvidence;

    LeadEvidenceController(LeadEvidence leadEvidence) {
        this.leadEvidence = leadEvidence;
    }

    @GetMapping("/progress/tasks/{taskId}/lead-evidence/{documentId}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser me, @PathVariable long taskId,
                                      @PathVariable long documentId) {
        return EvidenceResponses.attachment(leadEvidence.open(me, taskId, documentId));
    }
}
