package vn.cchc.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables to an XLSX workbook, streaming rows (SXSSF keeps 200 in memory), one sheet per table. Text that a
 * spreadsheet could take for a formula (starting with = + - @, a tab or a carriage return) is written with a
 * leading apostrophe, so an exported cell can never run as a formula even after a copy to CSV.
 */
public final class XlsxTable implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle decimal;
    private Sheet sheet;
    private int rowIndex;

    public XlsxTable() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    /** Starts a sheet with a bold header row. */
    public XlsxTable sheet(String name, List<String> headers) {
        sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        ((SXSSFSheet) sheet).trackAllColumnsForAutoSizing();
        rowIndex = 0;
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(safe(headers.get(i)));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    public XlsxTable row(Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(decimal);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (v instanceof Instant t) {
                cell.setCellValue(java.time.LocalDateTime.ofInstant(t, VietnamTime.ZONE));
                cell.setCellStyle(dateTime);
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b ? "x" : "");
            } else {
                cell.setCellValue(safe(v.toString()));
            }
        }
        return this;
    }

    /** Neutralises text a spreadsheet would read as a formula. */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    public void write(OutputStream out) throws IOException {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet each = workbook.getSheetAt(s);
            int width = each.getRow(0) == null ? 0 : each.getRow(0).getLastCellNum();
            for (int c = 0; c < width; c++) {
                each.autoSizeColumn(c);
                each.setColumnWidth(c, Math.min(each.getColumnWidth(c) + 512, 60 * 256));
            }
        }
        workbook.write(out);
    }

    /** Sends the workbook as an XLSX download named {@code fileName}. */
    public void send(jakarta.servlet.http.HttpServletResponse response, String fileName) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        write(response.getOutputStream());
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The HTTP headers of a download: a sanitised ASCII-safe file name plus its UTF-8 form. */
    public static String contentDisposition(String fileName) {
        String ascii = SearchText.fold(fileName).replaceAll("[^A-Za-z0-9._-]", "-");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
