package vn.cchc.progress;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
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
        EvidenceService.Download download = leadEvidence.open(me, taskId, documentId);
        EvidenceDocument doc = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.fileType().mediaType()))
                .contentLength(doc.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(download.file()));
    }
}
