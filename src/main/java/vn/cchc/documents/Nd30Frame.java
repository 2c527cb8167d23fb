package vn.cchc.documents;

import static vn.cchc.documents.CommonPlaceholders.AUTHORITY;
import static vn.cchc.documents.CommonPlaceholders.ISSUING_BODY;
import static vn.cchc.documents.CommonPlaceholders.NUMBER;
import static vn.cchc.documents.CommonPlaceholders.PLACE_DATE;
import static vn.cchc.documents.CommonPlaceholders.RECIPIENTS;
import static vn.cchc.documents.CommonPlaceholders.SIGNER;
import static vn.cchc.documents.CommonPlaceholders.SUMMARY;
import static vn.cchc.documents.CommonPlaceholders.TYPE;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The parts of Phụ lục I every default template shares: the two-column header (issuing body and number on the left,
 * quốc hiệu, tiêu ngữ, place and date on the right), the document type and summary, and after the body the signature
 * block with "Nơi nhận" level with it on the left.
 */
final class Nd30Frame {

    private static final int LEFT = 3800;
    private static final int RIGHT = Nd30Layout.TEXT_WIDTH - LEFT;
    private static final int SIGNATURE_LEFT = 4700;
    private static final int SIGNATURE_SPACE_LINES = 4;

    private Nd30Frame() {
    }

    static byte[] defaultTemplate(DocumentDefinition definition) {
        Nd30Writer writer = new Nd30Writer();
        header(writer);
        title(writer);
        definition.writeBody(writer);
        signature(writer);
        definition.writeAppendices(writer);
        return writer.bytes();
    }

    private static void header(Nd30Writer writer) {
        XWPFTable table = writer.tables().layout(2, LEFT, RIGHT);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        Nd30Tables.text(issuer, tag(ISSUING_BODY), Nd30Layout.ISSUER_SIZE, true);
        Nd30Writer.rule(issuer.addParagraph(), LEFT * 2 / 5, LEFT);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        Nd30Tables.text(nation, Nd30Layout.NATIONAL_TITLE, Nd30Layout.NATIONAL_TITLE_SIZE, true);
        Nd30Writer.run(Nd30Tables.next(nation), Nd30Layout.MOTTO, Nd30Layout.MOTTO_SIZE).setBold(true);
        Nd30Writer.rule(nation.addParagraph(), RIGHT * 3 / 5, RIGHT);
        Nd30Tables.text(table.getRow(1).getCell(0), tag(NUMBER), Nd30Layout.NUMBER_SIZE, false);
        Nd30Tables.text(table.getRow(1).getCell(1), tag(PLACE_DATE), Nd30Layout.PLACE_DATE_SIZE, false)
                .setItalic(true);
    }

    private static void title(Nd30Writer writer) {
        writer.centred("", Nd30Layout.TITLE_SIZE, false);
        writer.centred(tag(TYPE), Nd30Layout.TITLE_SIZE, true);
        writer.centred(tag(SUMMARY), Nd30Layout.TITLE_SIZE, true);
        Nd30Writer.rule(writer.document().createParagraph(), Nd30Layout.TEXT_WIDTH / 5, Nd30Layout.TEXT_WIDTH);
        writer.centred("", Nd30Layout.BODY_SIZE, false);
    }

    private static void signature(Nd30Writer writer) {
        writer.centred("", Nd30Layout.BODY_SIZE, false);
        XWPFTable table = writer.tables().layout(1, SIGNATURE_LEFT, Nd30Layout.TEXT_WIDTH - SIGNATURE_LEFT);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph heading = Nd30Tables.first(recipients);
        heading.setAlignment(ParagraphAlignment.LEFT);
        heading.setSpacingAfter(0);
        var run = Nd30Writer.run(heading, "Nơi nhận:", Nd30Layout.RECIPIENTS_HEADING_SIZE);
        run.setBold(true);
        run.setItalic(true);
        XWPFParagraph list = recipients.addParagraph();
        list.setSpacingAfter(0);
        Nd30Writer.run(list, tag(RECIPIENTS), Nd30Layout.RECIPIENTS_SIZE);
        XWPFTableCell signer = table.getRow(0).getCell(1);
        Nd30Tables.text(signer, tag(AUTHORITY), Nd30Layout.TITLE_SIZE, true);
        for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
            Nd30Writer.run(Nd30Tables.next(signer), "", Nd30Layout.BODY_SIZE);
        }
        Nd30Writer.run(Nd30Tables.next(signer), tag(SIGNER), Nd30Layout.TITLE_SIZE).setBold(true);
    }

    static String tag(String name) {
        return "{{" + name + "}}";
    }
}
