package vn.cchc.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossier.procedures.OnlineLevel;

/**
 * Writes a believable one-stop export for demo data and benchmarks: common commune procedures with their
 * statutory times, about 60% online (40% of those fully online), 3% by post; most dossiers finish early, about 2%
 * late (half of those with an apology letter), 5% need one supplementation and 0.3% two; 85% digitised; 0.5% of the
 * others withdrawn by the citizen; applicants are made-up names, with made-up phone numbers and check codes derived
 * from the dossier code (for the public lookup). The mix is an assumption for illustration, not
 * statistics. Deterministic for a seed.
 */
final class SyntheticDossiers {

    /** A catalogue procedure: code, name, field, statutory working days, online level, fee, relative volume. */
    record Kind(String code, String name, String field, int days, OnlineLevel level, int fee, int weight) {
    }

    static final List<Kind> PROCEDURES = List.of(
            new Kind("1.001193", "Đăng ký khai sinh", "Hộ tịch", 1, OnlineLevel.FULL, 0, 20),
            new Kind("1.000894", "Đăng ký khai tử", "Hộ tịch", 1, OnlineLevel.FULL, 0, 5),
            new Kind("1.000656", "Đăng ký kết hôn", "Hộ tịch", 3, OnlineLevel.PARTIAL, 0, 6),
            new Kind("1.004873", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch", 3, OnlineLevel.FULL, 0, 12),
            new Kind("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực", 1, OnlineLevel.PARTIAL, 2000, 40),
            new Kind("2.000884", "Chứng thực chữ ký", "Chứng thực", 1, null, 10000, 8),
            new Kind("1.003622", "Đăng ký thường trú", "Đăng ký, quản lý cư trú", 7, OnlineLevel.FULL, 0, 6),
            new Kind("1.001714", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Xây dựng", 15, OnlineLevel.PARTIAL, 75000, 3),
            new Kind("1.001699", "Xác nhận hộ gia đình làm nông nghiệp", "Nông nghiệp", 5, OnlineLevel.FULL, 0, 4),
            new Kind("1.001776", "Trợ cấp xã hội hằng tháng", "Bảo trợ xã hội", 10, OnlineLevel.PARTIAL, 0, 3));

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Cán bộ xử lý;Hình thức nộp;"
            + "Mức độ DVC;Ngày nộp;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Yêu cầu bổ sung;"
            + "Phí, lệ phí;Thanh toán trực tuyến;Số hóa;Kết quả điện tử;Tái sử dụng dữ liệu;Ngày xin lỗi;Đánh giá;"
            + "Người nộp;Trạng thái;Số điện thoại;Mã tra cứu";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
        "Đỗ", "Huỳnh"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thanh", "Ngọc", "Hữu", "Quốc", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long",
        "Mai", "Nam", "Phúc", "Quân", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};

    private final WorkingCalendar calendar;
    private final SplittableRandom random;
    // Applicants and withdrawals draw from their own sequence, so the rest of the mix stays what it was for a seed.
    private final SplittableRandom extra;
    private final List<String> units;
    private final List<String> officers;
    private final int totalWeight;

    SyntheticDossiers(WorkingCalendar calendar, long seed, List<String> units, List<String> officers) {
        this.calendar = calendar;
        this.random = new SplittableRandom(seed);
        this.extra = new SplittableRandom(seed * 31 + 7);
        this.units = units;
        this.officers = officers;
        this.totalWeight = PROCEDURES.stream().mapToInt(Kind::weight).sum();
    }

    /**
     * Writes {@code perDay} dossiers (on average) for every working day from {@code from} to {@code to}; those
     * whose result would come after {@code now} are still open. Returns the number written.
     */
    long write(Writer out, String codePrefix, LocalDate from, LocalDate to, double perDay, LocalDateTime now) {
        long n = 0;
        try {
            out.write(HEADER);
            out.write('\n');
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                int count = (int) Math.round(perDay * (0.7 + random.nextDouble() * 0.6));
                for (int i = 0; i < count; i++) {
                    String row = row(codePrefix + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + i, day, now);
                    if (row != null) {
                        out.write(row);
                        out.write('\n');
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private Kind pick() {
        int r = random.nextInt(totalWeight);
        for (Kind k : PROCEDURES) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        return PROCEDURES.get(0);
    }

    private String row(String code, LocalDate day, LocalDateTime now) {
        Kind k = pick();
        LocalDateTime received = day.atTime(7 + random.nextInt(9), random.nextInt(60));
        if (received.getHour() == 12) {
            received = received.withHour(13);
        }
        if (received.isAfter(now)) {
            return null;
        }
        double c = random.nextDouble();
        boolean online = k.level() != null && c < 0.62;
        boolean postal = !online && c > 0.97;
        LocalDateTime submitted = online ? received.minusMinutes(30 + random.nextInt(random.nextDouble() < 0.03 ? 4000 : 400)) : null;
        LocalDate due = calendar.addWorkingDays(day, k.days());
        LocalDateTime appointment = due.atTime(17, 0);
        double s = random.nextDouble();
        String supplements = "";
        int extraDays = 0;
        if (s < 0.003) {
            supplements = interval(received.plusHours(2), 1) + "; " + interval(received.plusDays(1).plusHours(1), 1);
            extraDays = 2;
        } else if (s < 0.05) {
            supplements = interval(received.plusHours(1), 1 + random.nextInt(2));
            extraDays = 2;
        }
        double t = random.nextDouble();
        LocalDate finishDay;
        if (t < 0.02) {
            finishDay = calendar.addWorkingDays(due, 1 + random.nextInt(3) + extraDays);
        } else if (t < 0.35 || k.days() == 1) {
            finishDay = due;
        } else {
            finishDay = calendar.addWorkingDays(day, Math.max(0, k.days() - 1 - random.nextInt(Math.max(1, k.days() - 1))));
        }
        LocalDateTime finished = finishDay.atTime(8 + random.nextInt(8), random.nextInt(60));
        if (finished.isBefore(received)) {
            finished = received.plusHours(2);
        }
        boolean open = finished.isAfter(now);
        boolean late = t < 0.02;
        String finishedText = open ? "" : finished.format(AT);
        String returned = open ? "" : finished.plusHours(random.nextInt(30)).format(AT);
        String apology = late && !open && random.nextBoolean() ? due.minusDays(1).atTime(16, 0).format(AT) : "";
        String rating = open ? "" : random.nextDouble() < 0.012 ? "Không hài lòng" : random.nextDouble() < 0.4 ? "Rất hài lòng" : "Hài lòng";
        boolean fee = k.fee() > 0;
        int unit = random.nextInt(units.size());
        String officer = officers.get(random.nextInt(officers.size()));
        String applicant = FAMILY[extra.nextInt(FAMILY.length)] + " " + MIDDLE[extra.nextInt(MIDDLE.length)] + " "
                + GIVEN[extra.nextInt(GIVEN.length)];
        String status = !open && !late && extra.nextDouble() < 0.005 ? "Công dân yêu cầu rút hồ sơ" : "";
        return String.join(";", code, k.code(), k.name(), k.field(), units.get(unit), officer,
                online ? "Trực tuyến" : postal ? "Bưu chính" : "Trực tiếp",
                online ? (k.level() == OnlineLevel.FULL && random.nextDouble() < 0.65 ? "Toàn trình" : "Một phần") : "",
                submitted == null ? "" : submitted.format(AT), received.format(AT), appointment.toLocalDate().format(DAY),
                finishedText, returned, supplements.isEmpty() ? "" : "\"" + supplements + "\"", fee ? String.valueOf(k.fee()) : "0",
                fee && online && random.nextDouble() < 0.75 ? "Có" : "", random.nextDouble() < 0.85 ? "Có" : "",
                !open && random.nextDouble() < 0.7 ? "Có" : "", random.nextDouble() < 0.35 ? "Có" : "", apology, rating,
                applicant, status, phone(code), checkCode(code));
    }

    /**
     * A made-up mobile number derived from the dossier's code (not drawn from the seeded sequences, so the rest of
     * the mix stays what it was): the demo lookup then works with a tail anyone can compute from the code, which is
     * fine for made-up data and never how real receipts are numbered.
     */
    static String phone(String code) {
        return "09" + String.format("%08d", Math.floorMod(mix(code), 100_000_000L));
    }

    /** A made-up 8-character check code derived from the dossier's code, in the receipt's usual "XXXX-XXXX" form. */
    static String checkCode(String code) {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        long h = mix(code + "#check");
        StringBuilder out = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            out.append(letters.charAt((int) Math.floorMod(h >>> (5 * i), 32L)));
            if (i == 3) {
                out.append('-');
            }
        }
        return out.toString();
    }

    /** FNV-1a over the code's characters: stable across JVMs, unlike String.hashCode's use in no contract. */
    private static long mix(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static String interval(LocalDateTime start, int days) {
        return start.format(AT) + " - " + start.plusDays(days).format(AT);
    }
}
