package vn.cchc.planimport.source;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer in content order (not sorted by position): a table then comes out cell by cell, each
 * cell's wrapped lines together — the interleaved form the appendix reader expects — whereas sorting by position
 * would mix the lines of neighbouring cells. A PDF without text (a scan) or with a password is refused.
 */
public final class PdfSource {

    private PdfSource() {
    }

    public static SourceDocument read(byte[] bytes) {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportRefused("planimport.refused.encryptedPdf");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new ImportRefused("planimport.refused.encryptedPdf");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefused refused) {
                throw refused;
            }
            throw new ImportRefused("planimport.refused.brokenPdf");
        }
        List<SourceLine> lines = TextLines.of(text);
        if (lines.isEmpty()) {
            throw new ImportRefused("planimport.refused.scannedPdf");
        }
        return new SourceDocument(SourceKind.PDF, lines, List.of());
    }
}
