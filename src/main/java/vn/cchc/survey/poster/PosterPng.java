package vn.cchc.survey.poster;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The poster as an image: Java2D draws the layout's lines in points scaled to the image, antialiased with
 * fractional metrics so the widths match the ones the lines were broken with; the code goes in whole pixels.
 */
final class PosterPng {

    /** Unscaled and fractional, as the lines are drawn: the widths the layout breaks lines with. */
    private static final FontRenderContext POINTS = new FontRenderContext(null, true, true);

    private PosterPng() {
    }

    static byte[] draw(PosterText text, PosterFonts fonts, int width, int height) {
        PosterLayout layout = layout(text, fonts);
        float scale = width / PosterLayout.PAGE_WIDTH;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawLines(g, layout, fonts, scale);
            drawCode(g, layout, QrCodes.modules(text.url()), scale);
        } finally {
            g.dispose();
        }
        return QrPoster.png(image);
    }

    static PosterLayout layout(PosterText text, PosterFonts fonts) {
        return PosterLayout.of(text, fonts, (line, bold, size) -> width(fonts, line, bold, size));
    }

    static float width(PosterFonts fonts, String line, boolean bold, float size) {
        return (float) fonts.font(bold).deriveFont(size).getStringBounds(line, POINTS).getWidth();
    }

    private static void drawLines(Graphics2D g, PosterLayout layout, PosterFonts fonts, float scale) {
        AffineTransform pixels = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(scale, scale);
        g.setColor(Color.BLACK);
        for (PosterLayout.Line line : layout.lines()) {
            Font font = fonts.font(line.bold()).deriveFont(line.size());
            g.setFont(font);
            g.drawString(line.text(), line.x(), line.baseline());
        }
        g.setTransform(pixels);
    }

    /** The code in whole-pixel modules, centred in the layout's square (up to one module narrower than it). */
    private static void drawCode(Graphics2D g, PosterLayout layout, BitMatrix modules, float scale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        int square = (int) (layout.qrSize() * scale);
        int moduleSize = square / modules.getWidth();
        int slack = square - moduleSize * modules.getWidth();
        int left = Math.round(layout.qrLeft() * scale) + slack / 2;
        int top = Math.round(layout.qrTop() * scale) + slack / 2;
        QrPoster.drawModules(g, modules, left, top, moduleSize);
    }
}
