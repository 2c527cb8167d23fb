package vn.cchc.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A generated DOCX opened with POI, for asserting its texts and table rows. Public for other modules' tests. */
public final class DocxReader {

    private final XWPFDocument doc;

    private DocxReader(XWPFDocument doc) {
        this.doc = doc;
    }

    public static DocxReader of(byte[] docx) {
        try {
            return new DocxReader(new XWPFDocument(new ByteArrayInputStream(docx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XWPFDocument document() {
        return doc;
    }

    /** Every text of the body, tables included, in reading order. */
    public String text() {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the n-th table as lists of cell texts (cells merged across columns count once). */
    public List<List<String>> rows(int table) {
        XWPFTable t = doc.getTables().get(table);
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList());
        }
        return rows;
    }

    public int tableCount() {
        return doc.getTables().size();
    }
}
