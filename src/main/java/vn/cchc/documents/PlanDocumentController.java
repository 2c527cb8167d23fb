package vn.cchc.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.org.CurrentUser;

/** The plan as an ND 30 document with its appendices. */
@Controller
class PlanDocumentController {

    private final PlanDocuments documents;
    private final PdfResponses pdf;

    PlanDocumentController(PlanDocuments documents, PdfResponses pdf) {
        this.documents = documents;
        this.pdf = pdf;
    }

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        GeneratedDocument doc = documents.generate(me, id);
        return Downloads.docx(doc.docx(), doc.fileName());
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return pdf.previewOrUnavailable(documents.generate(me, id));
    }
}
