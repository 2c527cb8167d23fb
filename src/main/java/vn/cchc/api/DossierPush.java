package vn.cchc.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A batch of dossiers a one-stop system pushes. It is written as the import file the dossier module already reads
 * (its documented column headers), so the pushed rows meet exactly the rules a file meets.
 */
record DossierPush(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Dossier> dossiers) {

    /** One dossier; dates are Vietnamese local time, "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm[:ss]". */
    record Dossier(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "000.00.12.H26-250304-0001") String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1.001612") String procedureCode,
            String procedureName, String field, String unit, String officer,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Trực tuyến",
                    description = "Trực tiếp, Trực tuyến hoặc Bưu chính") String channel,
            String onlineLevel, String submittedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2025-03-04T08:30") String receivedAt,
            String appointmentAt, String finishedAt, String returnedAt,
            @Schema(description = "Khoảng yêu cầu bổ sung \"bắt đầu - kết thúc\", cách nhau bởi dấu chấm phẩy")
            String supplements,
            @Schema(description = "Khoảng tạm dừng \"bắt đầu - kết thúc\", cách nhau bởi dấu chấm phẩy") String pauses,
            @Schema(description = "Phí, lệ phí (đồng)") Long fee,
            Boolean paidOnline, Boolean digitised, Boolean eResult, Boolean reusedData, String apologyAt,
            @Schema(description = "3 rất hài lòng, 2 hài lòng, 1 không hài lòng", minimum = "1", maximum = "3")
            Integer rating,
            String applicant, String status, String phone, String checkCode) {
    }

    /** The import's column headers (its first header per field) and where each comes from. */
    private static final List<Column> COLUMNS = List.of(
            new Column("Mã hồ sơ", Dossier::code), new Column("Mã thủ tục", Dossier::procedureCode),
            new Column("Tên thủ tục", Dossier::procedureName), new Column("Lĩnh vực", Dossier::field),
            new Column("Đơn vị xử lý", Dossier::unit), new Column("Cán bộ xử lý", Dossier::officer),
            new Column("Hình thức nộp", Dossier::channel), new Column("Mức độ DVC", Dossier::onlineLevel),
            new Column("Ngày nộp", Dossier::submittedAt), new Column("Ngày tiếp nhận", Dossier::receivedAt),
            new Column("Ngày hẹn trả", Dossier::appointmentAt), new Column("Ngày có kết quả", Dossier::finishedAt),
            new Column("Ngày trả kết quả", Dossier::returnedAt), new Column("Yêu cầu bổ sung", Dossier::supplements),
            new Column("Tạm dừng", Dossier::pauses), new Column("Phí, lệ phí", Dossier::fee),
            new Column("Thanh toán trực tuyến", Dossier::paidOnline), new Column("Số hóa", Dossier::digitised),
            new Column("Kết quả điện tử", Dossier::eResult), new Column("Tái sử dụng dữ liệu", Dossier::reusedData),
            new Column("Ngày xin lỗi", Dossier::apologyAt), new Column("Đánh giá", Dossier::rating),
            new Column("Người nộp", Dossier::applicant), new Column("Trạng thái", Dossier::status),
            new Column("Số điện thoại", Dossier::phone), new Column("Mã tra cứu", Dossier::checkCode));

    private record Column(String header, Function<Dossier, Object> value) {
    }

    /** The batch as an import file: a header line, then item i of the batch on line i + 2. */
    String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS.stream().map(Column::header).toList());
            for (Dossier d : dossiers) {
                List<String> cells = new ArrayList<>(COLUMNS.size());
                for (Column c : COLUMNS) {
                    Object v = d == null ? null : c.value.apply(d);
                    cells.add(v == null ? "" : v.toString());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
