package vn.cchc.documents;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.cchc.shared.FileNames;

/**
 * Answers a request for the PDF of a document. Without a PDF (LibreOffice missing, too slow or failing) it throws
 * {@link PdfUnavailable}, which the error page shows with its status (503, or 500 when LibreOffice failed on the
 * document) and a message naming what is missing, in the user's language.
 */
@Component
public class PdfResponses {

    private final PdfConverter converter;

    PdfResponses(PdfConverter converter) {
        this.converter = converter;
    }

    ResponseEntity<byte[]> previewOrUnavailable(GeneratedDocument document) {
        return previewOrUnavailable(document.docx(), document.fileName());
    }

    /**
     * The PDF shown in the browser (the preview, from which it is also saved or printed), named like the document
     * ("Báo cáo.docx" → "Báo cáo.pdf").
     */
    public ResponseEntity<byte[]> previewOrUnavailable(byte[] docx, String fileName) {
        byte[] pdf = converter.toPdf(docx);
        return ResponseEntity.ok().headers(Downloads.headers(MediaType.APPLICATION_PDF, pdfName(fileName), true))
                .contentLength(pdf.length).body(pdf);
    }

    static String pdfName(String fileName) {
        String base = FileNames.baseName(FileNames.sanitise(fileName));
        return (base.isBlank() ? "document" : base) + ".pdf";
    }
}
