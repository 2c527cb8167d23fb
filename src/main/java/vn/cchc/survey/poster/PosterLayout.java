package vn.cchc.survey.poster;

import java.awt.Font;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each line of a poster and its QR code go on an A4 page, in points from the top-left corner, so the PNG and
 * the PDF are the same poster. Top to bottom: "ỦY BAN NHÂN DÂN" and the commune in upper case, the title, the point
 * label, the QR code 12 cm wide, its address, the instructions. Each text has a line limit (the last line then ends
 * in "…"); at those limits the texts and the full-size code still fit between the margins (PosterLayoutTest), and
 * shorter texts leave room that widens the gaps and centres the whole on the page.
 */
record PosterLayout(List<Line> lines, float qrLeft, float qrTop, float qrSize) {

    /** One line of text, centred; x and the baseline in points from the page's left and top edges. */
    record Line(String text, boolean bold, float size, float x, float baseline) {
    }

    /** The caller's text width in points, from the same TTF files (PDFBox or Java2D). */
    @FunctionalInterface
    interface FontMeasure {
        float width(String text, boolean bold, float size);
    }

    static final float PAGE_WIDTH = millimetres(210);
    static final float PAGE_HEIGHT = millimetres(297);
    static final float MARGIN = millimetres(15);
    static final float QR_WIDTH = millimetres(120);
    static final String HEADER = "ỦY BAN NHÂN DÂN";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /**
     * Baseline below a line's top (room for a capital's stacked accents, as in "Ủ"), and a block's height past its
     * last line's top (the descent added), in font sizes.
     */
    private static final float ASCENT = 1.0f;
    private static final float LAST_LINE = 1.25f;
    /** Gaps grow by at most this much each when texts are short; the rest centres the content. */
    private static final float MAX_EXTRA_GAP = 40;

    /** A text; the gap above it takes spare room only where it parts two things (not the code from its address). */
    private record Block(String text, boolean bold, float size, float leading, int maxLines, float gapBefore,
                         boolean gapGrows) {
    }

    private record Gap(float size, boolean grows) {
        float widened(float extra) {
            return grows ? size + extra : size;
        }
    }

    private record Placed(Block block, List<String> lines) {
        float height() {
            return ((lines.size() - 1) * block.leading + LAST_LINE) * block.size;
        }
    }

    static PosterLayout of(PosterText text, PosterFonts fonts, FontMeasure measure) {
        float column = PAGE_WIDTH - 2 * MARGIN;
        List<Placed> above = new ArrayList<>();
        List<Placed> below = new ArrayList<>();
        String commune = text.communeName().toUpperCase(VIETNAMESE);
        if (!commune.isBlank()) {
            place(above, new Block(HEADER, true, 15, 1.3f, 1, 0, false), fonts, measure, column);
            place(above, new Block(commune, true, 15, 1.3f, 2, 0, false), fonts, measure, column);
        }
        place(above, new Block(text.title(), true, 26, 1.2f, 3, 20, true), fonts, measure, column);
        place(above, new Block(text.pointLabel(), false, 18, 1.3f, 3, 14, true), fonts, measure, column);
        place(below, new Block(text.url(), false, 12, 1.3f, 3, 6, false), fonts, measure, column);
        place(below, new Block(text.instructions(), false, 14, 1.35f, 4, 16, true), fonts, measure, column);

        // The first thing on the page has no gap above it.
        List<Gap> gaps = new ArrayList<>();
        float textHeight = 0;
        for (Placed placed : above) {
            gaps.add(gaps.isEmpty() ? new Gap(0, false) : new Gap(placed.block.gapBefore, placed.block.gapGrows));
            textHeight += placed.height();
        }
        gaps.add(above.isEmpty() ? new Gap(0, false) : new Gap(16, true));
        for (Placed placed : below) {
            gaps.add(new Gap(placed.block.gapBefore, placed.block.gapGrows));
            textHeight += placed.height();
        }
        float available = PAGE_HEIGHT - 2 * MARGIN;
        float fixed = textHeight + (float) gaps.stream().mapToDouble(Gap::size).sum();
        float qrSize = Math.min(QR_WIDTH, available - fixed);
        long growing = gaps.stream().filter(Gap::grows).count();
        float extraPerGap = growing == 0 ? 0 : Math.min(MAX_EXTRA_GAP, (available - fixed - qrSize) / growing);
        float used = fixed + qrSize + extraPerGap * growing;

        List<Line> lines = new ArrayList<>();
        float top = MARGIN + (available - used) / 2;
        int gap = 0;
        for (Placed placed : above) {
            top += gaps.get(gap++).widened(extraPerGap);
            top = addLines(lines, placed, measure, top);
        }
        top += gaps.get(gap++).widened(extraPerGap);
        float qrTop = top;
        top += qrSize;
        for (Placed placed : below) {
            top += gaps.get(gap++).widened(extraPerGap);
            top = addLines(lines, placed, measure, top);
        }
        return new PosterLayout(List.copyOf(lines), (PAGE_WIDTH - qrSize) / 2, qrTop, qrSize);
    }

    private static void place(List<Placed> into, Block block, PosterFonts fonts, FontMeasure measure, float column) {
        String clean = printable(block.text, fonts.font(block.bold));
        if (clean.isEmpty()) {
            return;
        }
        TextWrap.Measure width = line -> measure.width(line, block.bold, block.size);
        into.add(new Placed(block, TextWrap.balanced(clean, column, block.maxLines, width)));
    }

    private static float addLines(List<Line> into, Placed placed, FontMeasure measure, float top) {
        Block block = placed.block;
        for (int i = 0; i < placed.lines.size(); i++) {
            String text = placed.lines.get(i);
            float x = (PAGE_WIDTH - measure.width(text, block.bold, block.size)) / 2;
            float baseline = top + (i * block.leading + ASCENT) * block.size;
            into.add(new Line(text, block.bold, block.size, x, baseline));
        }
        return top + placed.height();
    }

    /**
     * One line of text the font can draw: composed accents (a decomposed "ầ" has no single glyph), any run of
     * spaces, tabs or line breaks as one space, and '?' for a character the font lacks (an emoji) instead of a
     * PDF that fails or a PNG with a box.
     */
    static String printable(String text, Font font) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(c -> out.appendCodePoint(font.canDisplay(c) ? c : '?'));
        return out.toString();
    }

    private static float millimetres(double mm) {
        return (float) (mm / 25.4 * 72);
    }
}
