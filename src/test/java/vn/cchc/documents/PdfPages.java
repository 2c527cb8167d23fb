package vn.cchc.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF for tests (PDFBox, test scope only): its pages, the fonts its text uses, its text, page 1 as a PNG.
 *
 * <p>Fonts: our DOCX documents ask for Times New Roman. A Debian server has no Microsoft fonts, so fontconfig gives
 * LibreOffice the metric-compatible Liberation Serif (package fonts-liberation2, which also has the Vietnamese
 * letters that the older fonts-liberation lacks): same glyph widths, hence the same line breaks and page count.
 * {@link #isTimesNewRoman} accepts both names, and nothing else: a fallback font for a missing letter fails it.
 */
public final class PdfPages {

    private PdfPages() {
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page size in points (A4 is 595 × 842), of the given page (0-based). */
    public static float[] pageSize(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = document.getPage(page).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts used on every page, without the subset prefix ("BAAAAA+LiberationSerif" → "LiberationSerif"). */
    public static Set<String> fontNames(byte[] pdf) {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void collectFonts(PDResources resources, Set<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && font.getName() != null) {
                names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names);
            }
        }
    }

    /** Times New Roman, or its metric twin Liberation Serif, in any weight or style ("LiberationSerif-Bold"). */
    public static boolean isTimesNewRoman(String fontName) {
        String family = fontName.replaceFirst("[-,].*$", "");
        return family.equals("TimesNewRoman") || family.equals("TimesNewRomanPSMT") || family.equals("LiberationSerif");
    }

    /** All the text, NFC-normalised (PDF text extraction may give decomposed Vietnamese letters). */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (0-based), NFC-normalised. */
    public static String pageText(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 rendered at the given resolution (72 dpi = 1 pixel per point). */
    public static BufferedImage firstPage(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes page 1 as a PNG (e.g. docs/documents/report-page1.png for reviewers), creating its directory. */
    public static Path saveFirstPagePng(byte[] pdf, Path png, float dpi) {
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            ImageIO.write(firstPage(pdf, dpi), "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
