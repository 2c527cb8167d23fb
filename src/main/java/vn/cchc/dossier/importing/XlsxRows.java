package vn.cchc.dossier.importing;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.cchc.shared.InvalidInput;

/** The XLSX side of {@link TabularFile}: the first sheet, read with POI's SAX reader; date cells arrive as ISO text. */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, TabularFile.RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
            SheetRows rows = new SheetRows(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            if (!rows.sawHeader) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
        } catch (InvalidInput | RowProblem e) {
            throw e;
        } catch (Exception e) {
            throw InvalidInput.of("file", "dossier.import.xlsxBroken");
        }
    }

    /** Date cells as ISO text ("2025-03-04 08:30:00") whatever their display format; other numbers as displayed. */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).format(ISO);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TabularFile.RowSink sink;
        private List<String> cells = new ArrayList<>();
        private boolean sawHeader;

        SheetRows(TabularFile.RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (!sawHeader) {
                sawHeader = true;
                sink.header(cells);
            } else {
                sink.row(rowNum + 1L, cells);
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int column = new CellReference(ref).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }
    }
}
