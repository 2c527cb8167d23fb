package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.org.CurrentUser;

/** The PAR self-assessment dossier: the report as an ND 30 document, and the evidence package streamed as a ZIP. */
@Controller
class ParDossierController {

    private final ParDossiers dossiers;

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final PdfResponses pdf;

    ParDossierController(ParDossiers dossiers, PdfResponses pdf) {
        this.dossiers = dossiers;
        this.pdf = pdf;
    }

    @GetMapping("/parindex/assessments/{id}/dossier.docx")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        GeneratedDocument doc = dossiers.report(me, id);
        return Downloads.docx(doc.docx(), doc.fileName());
    }

    @GetMapping("/parindex/assessments/{id}/dossier.pdf")
    ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return pdf.previewOrUnavailable(dossiers.report(me, id));
    }

    /** Access is checked and every file located before the first byte goes out; then the ZIP streams. */
    @GetMapping("/parindex/assessments/{id}/evidence.zip")
    void evidence(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        ParDossiers.Package pack = dossiers.evidencePackage(me, id);
        Downloads.prepare(response, ZIP, pack.fileName());
        EvidenceZip.write(pack.entries(), response.getOutputStream());
    }
}
