package vn.cchc.parindex;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchc.shared.XlsxTable;

/**
 * Criteria sets as files. JSON is the draft as it is; XLSX has a sheet of the set's attributes (label, value rows
 * under a header, found by label) and a sheet of nodes, one per row under a header: code, parent code, title, max points, method, rule, evidence, unit.
 */
final class CriteriaFiles {

    static final int FIRST_XLSX_ROW = 2;
    private static final String[] ATTRIBUTES = {"Mã bộ tiêu chí", "Tên bộ tiêu chí", "Năm", "Điểm điều tra XHH",
            "Xếp loại", "Hạn tự đánh giá 6 tháng", "Hạn tự đánh giá năm", "Bộ ví dụ"};
    static final List<String> NODE_HEADERS = List.of("Mã", "Mã cha", "Nội dung", "Điểm tối đa", "Cách chấm",
            "Quy tắc", "Tài liệu kiểm chứng", "Đơn vị chủ trì");

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CriteriaFiles() {
    }

    static CriteriaDraft readJson(byte[] bytes) {
        CriteriaDraft draft;
        try {
            draft = JSON.readValue(bytes, CriteriaDraft.class);
        } catch (JacksonException e) {
            throw CriteriaImportRefused.of("parindex.import.jsonBroken",
                    e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr()));
        } catch (IOException e) {
            throw CriteriaImportRefused.of("parindex.import.unreadable");
        }
        // Valid JSON can still be no set at all ("null") or hold empty entries ("criteria": [null]).
        if (draft == null) {
            throw CriteriaImportRefused.of("parindex.import.jsonNoSet");
        }
        List<CriteriaDraft.Node> nodes = draft.criteria() == null ? List.of() : draft.criteria();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == null) {
                throw CriteriaImportRefused.of("parindex.import.jsonEmptyNode", String.valueOf(i + 1));
            }
        }
        return draft;
    }

    static void writeJson(CriteriaDraft draft, OutputStream out) throws IOException {
        JSON.writeValue(out, draft);
    }

    static CriteriaDraft readXlsx(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() < 2) {
                throw CriteriaImportRefused.of("parindex.import.sheets");
            }
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            Sheet about = book.getSheetAt(0);
            java.util.Map<String, String> byLabel = new java.util.HashMap<>();
            for (int r = 1; r <= about.getLastRowNum(); r++) {
                Row row = about.getRow(r);
                String label = row == null ? null : text(row.getCell(0), format);
                if (label != null) {
                    byLabel.put(label, text(row.getCell(1), format));
                }
            }
            String[] values = new String[ATTRIBUTES.length];
            for (int i = 0; i < ATTRIBUTES.length; i++) {
                values[i] = byLabel.get(ATTRIBUTES[i]);
            }
            List<CriteriaDraft.Node> nodes = new ArrayList<>();
            Sheet sheet = book.getSheetAt(1);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] c = new String[NODE_HEADERS.size()];
                boolean empty = true;
                for (int i = 0; i < c.length; i++) {
                    c[i] = row == null ? null : text(row.getCell(i), format);
                    empty &= c[i] == null;
                }
                if (empty) {
                    continue;
                }
                nodes.add(new CriteriaDraft.Node(c[0], c[1], c[2], points(c[3]), c[4], c[5], c[6], c[7]));
            }
            return new CriteriaDraft(values[0], values[1], integer(values[2]), points(values[3]), values[4], values[5],
                    values[6], "x".equalsIgnoreCase(values[7]) || "true".equalsIgnoreCase(values[7]), nodes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CriteriaImportRefused refused) {
                throw refused;
            }
            throw CriteriaImportRefused.of("parindex.import.xlsxBroken");
        }
    }

    static void writeXlsx(CriteriaDraft draft, OutputStream out) throws IOException {
        try (XlsxTable table = new XlsxTable()) {
            table.sheet("Bộ tiêu chí", List.of("Thuộc tính", "Giá trị"));
            Object[] values = {draft.code(), draft.title(), draft.year(), draft.surveyPoints(), draft.grading(),
                    draft.halfDeadline(), draft.yearDeadline(), draft.example() ? "x" : ""};
            for (int i = 0; i < ATTRIBUTES.length; i++) {
                table.row(ATTRIBUTES[i], values[i]);
            }
            table.sheet("Tiêu chí", NODE_HEADERS);
            for (CriteriaDraft.Node n : draft.criteria()) {
                table.row(n.code(), n.parent(), n.title(), n.maxPoints(), n.method(), n.rule(), n.evidence(), n.unit());
            }
            table.write(out);
        }
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.FORMULA ? null : format.formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static BigDecimal points(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
