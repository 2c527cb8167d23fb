package vn.cchc.dossier;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.DayOverride;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.procedures.ProcedureForm;
import vn.cchc.org.CurrentUser;

/** Test helpers: the hand-computed January 2026 ledger, the official 2026 schedule, and file encodings. */
@Component
class Ledgers {

    static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Cán bộ xử lý;Hình thức nộp;Mức độ DVC;"
            + "Ngày nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Yêu cầu bổ sung;Phí, lệ phí;"
            + "Thanh toán trực tuyến;Số hóa;Kết quả điện tử;Tái sử dụng dữ liệu;Ngày xin lỗi;Đánh giá";

    /**
     * Ten dossiers received in January 2026. By hand: HS01 early, HS02 and HS04 on time, HS03 late with an apology,
     * HS07 late (no appointment: 5 working days from Monday 19/01 08:00 = 26/01 08:00, finished 09:00), HS08 late by
     * its second supplementation request; HS10 finishes early in February. Open at the end of January: HS05 overdue
     * (due 29/01), HS06 in time (due 03/02), HS09 in time (its clock stopped on 29/01 by an open supplementation
     * request), HS10 in time. HS04 was accepted beyond 8 working hours (Fri 16:00 → Tue 08:30).
     */
    static final List<String> JANUARY = List.of(
            "HS01;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công phường;Nguyễn Văn An;Trực tuyến;Toàn trình;05/01/2026 08:00;05/01/2026 10:00;07/01/2026;06/01/2026 15:00;07/01/2026 09:00;;0;Không;Có;Có;Có;;Rất hài lòng",
            "HS02;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công phường;Trần Thị Bình;Trực tiếp;;;06/01/2026 09:00;08/01/2026;08/01/2026 16:00;;;0;;Có;Không;Không;;Hài lòng",
            "HS03;2.001;Chứng thực bản sao;Chứng thực;Trung tâm Phục vụ hành chính công phường;Trần Thị Bình;Trực tiếp;;;12/01/2026 08:00;13/01/2026;14/01/2026 09:00;;;20.000;Không;Có;Không;Không;13/01/2026 16:00;Không hài lòng",
            "HS04;2.001;Chứng thực bản sao;Chứng thực;Trung tâm Phục vụ hành chính công phường;Nguyễn Văn An;Trực tuyến;Một phần;16/01/2026 16:00;20/01/2026 08:30;22/01/2026;22/01/2026 10:00;;;20.000;Có;Có;Có;Không;;",
            "HS05;1.001;Đăng ký khai sinh;Hộ tịch;Trung tâm Phục vụ hành chính công phường;Nguyễn Văn An;Trực tiếp;;;26/01/2026 08:00;29/01/2026;;;;0;;;;;;",
            "HS06;1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;Trần Thị Bình;Dịch vụ bưu chính;;;27/01/2026 08:00;03/02/2026;;;;0;;;;;;",
            "HS07;3.001;Cấp giấy phép;Xây dựng;Văn phòng HĐND và UBND;Nguyễn Văn An;Trực tiếp;;;19/01/2026 08:00;;26/01/2026 09:00;;;0;;;;;;",
            "HS08;1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;Trần Thị Bình;Trực tiếp;;;20/01/2026 08:00;23/01/2026;21/01/2026 15:00;;\"20/01/2026 09:00 - 20/01/2026 10:00; 21/01/2026 08:00 - 21/01/2026 09:00\";0;;;;;;",
            "HS09;1.001;Đăng ký khai sinh;Hộ tịch;TTPVHCC;Nguyễn Văn An;Trực tiếp;;;28/01/2026 08:00;30/01/2026;;;29/01/2026 08:00;0;;;;;;",
            "HS10;2.001;Chứng thực bản sao;Chứng thực;TTPVHCC;Trần Thị Bình;Trực tuyến;Một phần;30/01/2026 10:00;30/01/2026 14:00;03/02/2026;02/02/2026 10:00;;;0;;;;;;");

    private final WorkingCalendars calendars;
    private final ProcedureCatalogue catalogue;
    private final DossierImports imports;
    private final vn.cchc.support.Fixture fixture;
    // Not every test context has the movable clock (some load the application without it).
    private final org.springframework.beans.factory.ObjectProvider<vn.cchc.support.MutableClock> clock;

    Ledgers(WorkingCalendars calendars, ProcedureCatalogue catalogue, DossierImports imports,
            vn.cchc.support.Fixture fixture, org.springframework.beans.factory.ObjectProvider<vn.cchc.support.MutableClock> clock) {
        this.calendars = calendars;
        this.catalogue = catalogue;
        this.imports = imports;
        this.fixture = fixture;
        this.clock = clock;
    }

    /** A commune in its own province with the official 2026 schedule and procedure 3.001 (5 days); today 10/02/2026. */
    vn.cchc.support.Fixture.Commune communeOn10February2026() {
        vn.cchc.support.Fixture.Commune c = fixture.communeInOwnProvince();
        officialSchedule2026(c.provinceId());
        catalogue(c.id());
        clock.getObject().setToday(LocalDate.of(2026, 2, 10));
        return c;
    }

    /** The official 2026 schedule of the hand-computed case table, for the commune's own province. */
    void officialSchedule2026(long provinceId) {
        calendars.setOfficial(provinceId, 2026, true);
        for (String d : List.of("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                "2026-02-20", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02")) {
            calendars.setDay(provinceId, new DayOverride(LocalDate.parse(d), DayOverride.Kind.DAY_OFF, "Nghỉ"));
        }
        calendars.setDay(provinceId, new DayOverride(LocalDate.of(2026, 1, 10), DayOverride.Kind.WORKING_DAY, "Làm bù"));
    }

    /** Procedure 3.001 has no appointments in the file: 5 working days from the catalogue. */
    void catalogue(long communeId) {
        ProcedureForm f = new ProcedureForm();
        f.setCode("3.001");
        f.setName("Cấp giấy phép");
        f.setField("Xây dựng");
        f.setProcessingDays(new java.math.BigDecimal("5"));
        catalogue.save(communeId, null, f);
    }

    static String csv(List<String> rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** Windows-1258 as Vietnamese Windows writes it: precomposed base letters (â, ê, ơ…) plus combining tone marks. */
    static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (cp.newEncoder().canEncode(c)) {
                out.append(c);
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = Normalizer.normalize(nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), Normalizer.Form.NFC);
            out.append(base).append(tone);
        }
        return out.toString().getBytes(cp);
    }

    /** The same file with commas between cells, quoting the cells that contain one. */
    static String commaSeparated(String semicolonCsv) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char ch : semicolonCsv.replace("Phí, lệ phí", "\"Phí, lệ phí\"").toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            }
            out.append(ch == ';' && !quoted ? ',' : ch);
        }
        return out.toString();
    }

    ImportJob recent(CurrentUser user) {
        return imports.recent(user).get(0);
    }

    ImportJob importBytes(CurrentUser user, String name, byte[] bytes) {
        return imports.importNow(user, name, new ByteArrayInputStream(bytes));
    }
}
