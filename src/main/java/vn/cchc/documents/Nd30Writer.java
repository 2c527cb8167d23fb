package vn.cchc.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes the default templates in the layout of Nghị định 30/2020, Phụ lục I ({@link Nd30Layout}): A4, Times New
 * Roman, the margins, sizes and alignments it sets. Only the shipped defaults are written here; a province's own
 * template is whatever its admin saved in Word.
 */
final class Nd30Writer {

    private final XWPFDocument doc = new XWPFDocument();
    private final Nd30Tables tables = new Nd30Tables(this);

    Nd30Writer() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(Nd30Layout.FONT);
        fonts.setHAnsi(Nd30Layout.FONT);
        fonts.setCs(Nd30Layout.FONT);
        fonts.setEastAsia(Nd30Layout.FONT);
        doc.createStyles().setDefaultFonts(fonts);
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        pageSetup(section, false);
        pageNumbers(section);
    }

    XWPFDocument document() {
        return doc;
    }

    Nd30Tables tables() {
        return tables;
    }

    /** A body paragraph: justified, first line indented 1.27 cm, 6 pt after, line spacing 1.15. */
    XWPFParagraph body(String text) {
        XWPFParagraph p = doc.createParagraph();
        bodyStyle(p);
        run(p, text, Nd30Layout.BODY_SIZE);
        return p;
    }

    /** A heading of the body ("I. CÔNG TÁC CHỈ ĐẠO…", "1. Cải cách thể chế"): bold, indented like the body. */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        bodyStyle(p);
        run(p, text, Nd30Layout.BODY_SIZE).setBold(true);
        return p;
    }

    /** A centred line (document type, appendix title), bold when asked. */
    XWPFParagraph centred(String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size).setBold(bold);
        return p;
    }

    XWPFParagraph italicCentred(String text, int size) {
        XWPFParagraph p = centred(text, size, false);
        p.getRuns().get(0).setItalic(true);
        return p;
    }

    /**
     * Makes an empty paragraph the short solid line ND 30 draws under a title or an issuing body: a top border
     * narrowed by equal indents to {@code widthTwips} of the {@code availableTwips} the paragraph spans.
     */
    static void rule(XWPFParagraph line, int widthTwips, int availableTwips) {
        int indent = Math.max(0, (availableTwips - widthTwips) / 2);
        line.setAlignment(ParagraphAlignment.CENTER);
        line.setIndentationLeft(indent);
        line.setIndentationRight(indent);
        line.setSpacingBefore(0);
        line.setSpacingAfter(0);
        line.setBorderTop(Borders.SINGLE);
        run(line, "", 2);
    }

    /** Ends the portrait pages here: what follows (wide appendix tables) is laid out on landscape A4. */
    void landscapeFromHere() {
        XWPFParagraph end = doc.createParagraph();
        CTSectPr portrait = end.getCTP().addNewPPr().addNewSectPr();
        pageSetup(portrait, false);
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        if (last.isSetTitlePg()) {
            portrait.addNewTitlePg();
            last.unsetTitlePg();
        }
        portrait.setHeaderReferenceArray(last.getHeaderReferenceArray());
        pageSetup(last, true);
    }

    void pageBreak() {
        doc.createParagraph().setPageBreak(true);
    }

    XWPFTable table(int rows, int columns) {
        return doc.createTable(rows, columns);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void bodyStyle(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(Nd30Layout.FIRST_LINE_INDENT);
        p.setSpacingAfter(Nd30Layout.PARAGRAPH_SPACING);
        p.setSpacingBetween(Nd30Layout.LINE_SPACING);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(Nd30Layout.FONT);
        r.setFontSize(size);
        r.setText(text);
        return r;
    }

    private static void pageSetup(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? Nd30Layout.A4_HEIGHT : Nd30Layout.A4_WIDTH));
        size.setH(BigInteger.valueOf(landscape ? Nd30Layout.A4_WIDTH : Nd30Layout.A4_HEIGHT));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(Nd30Layout.MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(Nd30Layout.MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(Nd30Layout.MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(Nd30Layout.MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(Nd30Layout.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(Nd30Layout.HEADER_DISTANCE));
    }

    /** Page numbers centred in the top margin from page 2 on (ND 30: not shown on the first page). */
    private void pageNumbers(CTSectPr section) {
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFParagraph number = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR shown = field.addNewR();
        CTRPr style = shown.addNewRPr();
        CTFonts font = style.addNewRFonts();
        font.setAscii(Nd30Layout.FONT);
        font.setHAnsi(Nd30Layout.FONT);
        style.addNewSz().setVal(BigInteger.valueOf(Nd30Layout.PAGE_NUMBER_SIZE * 2L));
        shown.addNewT().setStringValue("2");
        policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        section.addNewTitlePg();
    }
}
