package vn.cchc.survey.poster;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The poster as one A4 PDF page: the TTF files embedded (subsets), so it prints the same on a machine without
 * them, and the code drawn as vector squares, so it stays sharp at any print size.
 */
final class PosterPdf {

    private PosterPdf() {
    }

    static byte[] draw(PosterText text, PosterFonts fonts) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = PDType0Font.load(document, fonts.regularFile().toFile());
            PDFont bold = PDType0Font.load(document, fonts.boldFile().toFile());
            PosterLayout layout = PosterLayout.of(text, fonts,
                    (line, isBold, size) -> width(isBold ? bold : regular, line) * size / 1000);
            float pageHeight = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (PosterLayout.Line line : layout.lines()) {
                    content.beginText();
                    content.setFont(line.bold() ? bold : regular, line.size());
                    content.newLineAtOffset(line.x(), pageHeight - line.baseline());
                    content.showText(line.text());
                    content.endText();
                }
                drawCode(content, layout, QrCodes.modules(text.url()), pageHeight);
            }
            document.getDocumentInformation().setTitle(text.title().isBlank() ? text.url() : text.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
    }

    /** Each row's runs of dark modules as one rectangle: fewer seams for a viewer to antialias, a smaller file. */
    private static void drawCode(PDPageContentStream content, PosterLayout layout, BitMatrix modules,
                                 float pageHeight) throws IOException {
        float module = layout.qrSize() / modules.getWidth();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                float bottom = pageHeight - (layout.qrTop() + (y + 1) * module);
                content.addRect(layout.qrLeft() + start * module, bottom, (x - start) * module, module);
            }
        }
        content.fill();
    }

    private static float width(PDFont font, String text) {
        try {
            return font.getStringWidth(text);
        } catch (IOException unreadableFont) {
            throw new UncheckedIOException(unreadableFont);
        }
    }
}
