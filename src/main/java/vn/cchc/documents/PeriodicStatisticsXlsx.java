package vn.cchc.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.cchc.shared.XlsxTable;

/**
 * The periodic report's statistics annex as a workbook, one sheet per annex table, counts as numbers, for keying
 * into the ministry's report software. Refused, like the DOCX, while Biểu II.06a's identities do not hold.
 */
@Component
class PeriodicStatisticsXlsx {

    private static final Pattern COUNT = Pattern.compile("\\d{1,15}");
    private static final List<String> FORM_06A = List.of("STT", "Lĩnh vực",
            "(3) Nhận: tổng số", "(4) Nhận trực tuyến", "(5) Nhận trực tiếp, bưu chính", "(6) Từ kỳ trước chuyển sang",
            "(7) Đã giải quyết: tổng số", "(8) Trước hạn", "(9) Đúng hạn", "(10) Quá hạn",
            "(11) Đang giải quyết: tổng số", "(12) Trong hạn", "(13) Quá hạn");
    private static final List<String> COUNTS = List.of("STT", "Nội dung", "Tổng số nhiệm vụ", "Hoàn thành đúng hạn",
            "Hoàn thành trễ hạn", "Quá hạn chưa hoàn thành", "Chưa đến hạn");

    private final PeriodicAnnexes annexes;

    PeriodicStatisticsXlsx(PeriodicAnnexes annexes) {
        this.annexes = annexes;
    }

    byte[] write(PeriodicReports.Draft d) {
        PeriodicAnnexes.Table06a dossiers = annexes.checkedDossiers(d.plan().communeId(), d.window());
        long communeId = d.plan().communeId();
        try (XlsxTable x = new XlsxTable(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            x.sheet("Thông tin", List.of("Mục", "Giá trị"))
                    .row("Báo cáo", d.label())
                    .row("Kế hoạch", d.plan().title())
                    .row("Số liệu từ ngày", d.window().from())
                    .row("đến ngày", d.window().to());
            table(x, "Biểu II.06a", FORM_06A, dossiers.rows(), PeriodicReportDocument.DOSSIER_FIELDS);
            table(x, "Nhiệm vụ theo lĩnh vực", COUNTS, annexes.byArea(d.areas(), d.figures()),
                    PeriodicReportDocument.COUNT_FIELDS);
            table(x, "Nhiệm vụ theo đơn vị", COUNTS, annexes.byUnit(communeId, d.figures()),
                    PeriodicReportDocument.COUNT_FIELDS);
            table(x, "Nhiệm vụ quá hạn", List.of("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Lý do"),
                    annexes.overdue(communeId, d.figures()), List.of("stt", "nhiem_vu", "don_vi", "han", "ly_do"));
            table(x, "Chỉ tiêu", List.of("STT", "Chỉ tiêu", "Ngưỡng", "Thực tế", "Đánh giá"),
                    annexes.targets(d.figures()), List.of("stt", "chi_tieu", "nguong", "thuc_te", "dat"));
            table(x, "Chỉ số 766", List.of("STT", "Chỉ số", "Tỷ lệ", "Điểm", "Điểm tối đa"),
                    annexes.scoreCard(d.figures()), List.of("stt", "chi_so", "ty_le", "diem", "toi_da"));
            table(x, "Tài liệu minh chứng", List.of("STT", "Tài liệu", "Số, ngày", "Đơn vị", "Nhiệm vụ"),
                    annexes.evidence(communeId, d.plan(), d.figures()), PeriodicReportDocument.EVIDENCE_FIELDS);
            x.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XlsxTable x, String sheet, List<String> headers, List<Map<String, Object>> rows,
                              List<String> fields) {
        x.sheet(sheet, headers);
        for (Map<String, Object> row : rows) {
            x.row(fields.stream().map(f -> cell(row.get(f))).toArray());
        }
    }

    /** A count as a number, so that the sheet sums and keys like the form; anything else as written. */
    private static Object cell(Object value) {
        String text = value == null ? "" : value.toString();
        return COUNT.matcher(text).matches() ? Long.valueOf(text) : text;
    }
}
