package vn.cchc.survey.poster;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * QR posters of a survey point, to print and hang at a counter: the bare code as PNG, and a full A4 poster (the
 * commune, the title, the point, the code 12 cm wide, its address, what to do) as a 150 dpi PNG or a one-page PDF
 * with its fonts embedded. Throws {@link PosterFontMissing} when the server lacks the fonts.
 */
public final class QrPoster {

    /** A4 at 150 dpi: sharp enough to print, small enough to send by Zalo. */
    static final int PNG_WIDTH = 1240;
    static final int PNG_HEIGHT = 1754;

    private QrPoster() {
    }

    /** The code alone, {@code sizePx} square, modules of whole pixels centred in it. */
    public static byte[] qrPng(String url, int sizePx) {
        BitMatrix modules = QrCodes.modules(url);
        int moduleSize = sizePx / modules.getWidth();
        if (moduleSize < 1) {
            throw new IllegalArgumentException(
                    "A QR code of " + modules.getWidth() + " modules needs at least " + modules.getWidth() + " px");
        }
        BufferedImage image = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sizePx, sizePx);
            int offset = (sizePx - moduleSize * modules.getWidth()) / 2;
            drawModules(g, modules, offset, offset, moduleSize);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    public static byte[] posterPng(PosterText text) {
        return PosterPng.draw(text, PosterFonts.installed(), PNG_WIDTH, PNG_HEIGHT);
    }

    public static byte[] posterPdf(PosterText text) {
        return PosterPdf.draw(text, PosterFonts.installed());
    }

    /** Dark modules as filled squares of whole pixels: no blurred edges for a scanner to guess at. */
    static void drawModules(Graphics2D g, BitMatrix modules, int left, int top, int moduleSize) {
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    g.fillRect(left + x * moduleSize, top + y * moduleSize, moduleSize, moduleSize);
                }
            }
        }
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }
}
