package vn.cchc.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;

/**
 * Five dossiers with the lookup's second factor, imported through the real importer; today is Tuesday 10/02/2026
 * 09:00. By hand (no pauses, so each is due at its appointment day's 17:00):
 * <ul>
 * <li>L01 open, due 04/02 17:00, so overdue now: being processed and late. Phone 0912 345 678, check code "ab-12 cd".</li>
 * <li>L02 open, due 12/02 17:00: being processed, in time. Phone +84 (0)987.654.321, no check code.</li>
 * <li>L03 finished 05/02 10:00 after its due 03/02 17:00, not handed over: result ready, late, apology of 04/02.</li>
 * <li>L04 finished 05/02 10:00 before its due 06/02 17:00, returned 06/02 09:00: returned, not late.</li>
 * <li>L05 withdrawn by the citizen on 04/02 (before its due 05/02): ended without a result, not late.</li>
 * </ul>
 */
@Component
public class LookupLedger {

    public static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Cán bộ xử lý;Hình thức nộp;"
            + "Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Ngày xin lỗi;Người nộp;Trạng thái;"
            + "Số điện thoại;Mã tra cứu";
    public static final List<String> ROWS = List.of(
            "L01;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công;Trần Thị Cán Bộ;Trực tiếp;02/02/2026 08:00;04/02/2026;;;;Nguyễn Văn Tra Cứu;;0912 345 678;ab-12 cd",
            "L02;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công;Trần Thị Cán Bộ;Trực tiếp;05/02/2026 08:00;12/02/2026;;;;Lê Thị Hỏi;;+84 (0)987.654.321;",
            "L03;2.001;Chứng thực bản sao;Chứng thực;Trung tâm Phục vụ hành chính công;Trần Thị Cán Bộ;Trực tiếp;02/02/2026 08:00;03/02/2026;05/02/2026 10:00;;04/02/2026;Phạm Văn Chờ;;0905111222;HSX9KQ2",
            "L04;2.001;Chứng thực bản sao;Chứng thực;Trung tâm Phục vụ hành chính công;Trần Thị Cán Bộ;Trực tiếp;02/02/2026 08:00;06/02/2026;05/02/2026 10:00;06/02/2026 09:00;;Võ Thị Nhận;;0905 333 444;",
            "L05;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công;Trần Thị Cán Bộ;Trực tiếp;03/02/2026 08:00;05/02/2026;04/02/2026 10:00;;;Đỗ Văn Rút;Công dân yêu cầu rút hồ sơ;0905 777 888;RUT5555");

    private final Fixture fixture;
    private final DossierImports imports;
    // Not every test context has the movable clock (some load the application without it).
    private final ObjectProvider<MutableClock> clock;

    LookupLedger(Fixture fixture, DossierImports imports, ObjectProvider<MutableClock> clock) {
        this.fixture = fixture;
        this.imports = imports;
        this.clock = clock;
    }

    /** A fresh commune in its own province with the five dossiers; the clock stands at 10/02/2026 09:00. */
    public Fixture.Commune commune() {
        Fixture.Commune c = fixture.communeInOwnProvince();
        clock.getObject().setToday(LocalDate.of(2026, 2, 10));
        ImportJob job = importRows(c, ROWS);
        if (!"DONE".equals(job.state())) {
            throw new IllegalStateException("lookup ledger refused: " + job.errors());
        }
        return c;
    }

    public ImportJob importRows(Fixture.Commune c, List<String> rows) {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        return imports.importNow(c.unitHead(), "tra-cuu.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
