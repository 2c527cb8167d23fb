package vn.cchc.planimport.source;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF's text layer in content order (not sorted by position): a table then comes out cell by cell, each
 * cell's wrapped lines together — the interleaved form the appendix reader expects — whereas sorting by position
 * would mix the lines of neighbouring cells. A PDF without text (a scan) or with a password is refused. Decoded
 * streams are cached in temporary files, not the heap, and a PDF of more pages or text than any plan has is refused
 * before it is read through, so a small file that inflates enormously cannot exhaust the server's memory.
 */
public final class PdfSource {

    /** A plan with its appendices runs to a few dozen pages; a hundred-times longer document is not one plan. */
    static final int MAX_PAGES = 300;
    /** About 600 full pages of text. */
    static final int MAX_CHARACTERS = 2_000_000;

    private PdfSource() {
    }

    public static SourceDocument read(byte[] bytes) {
        String text;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportRefused("planimport.refused.encryptedPdf");
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new ImportRefused("planimport.refused.tooManyPages", document.getNumberOfPages(), MAX_PAGES);
            }
            text = pageByPage(document);
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

    /** The text page after page, stopping as soon as it is longer than any plan. */
    private static String pageByPage(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setLineSeparator("\n");
        stripper.setPageEnd("\n");
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            text.append(stripper.getText(document));
            if (text.length() > MAX_CHARACTERS) {
                throw new ImportRefused("planimport.refused.tooLong");
            }
        }
        return text.toString();
    }
}
