package vn.cchc.plan;

import java.time.LocalDate;
import vn.cchc.plan.DeadlinePoints.Point;

/**
 * Parts of a month as plans write them, read as the span they cover: "đầu tháng 3" or "thượng tuần tháng 3" (days
 * 1–10), "giữa tháng" or "trung tuần" (11–20), "hạ tuần" (21 to the end), "tuần đầu (tiên) của tháng" (1–7) and
 * "tuần cuối (cùng) của tháng" (the last 7 days). The explanation then states the days, so the reading is visible.
 */
final class DeadlineMonthParts {

    private DeadlineMonthParts() {
    }

    static DeadlineRule part(DeadlineCursor c) {
        c.acceptAny("trong", "vao", "truoc", "den");
        int from;
        int to;
        if (c.acceptAny("thuong tuan", "dau")) {
            from = 1;
            to = 10;
        } else if (c.acceptAny("trung tuan", "giua")) {
            from = 11;
            to = 20;
        } else if (c.accept("ha tuan")) {
            from = 21;
            to = 31;
        } else if (c.accept("tuan dau")) {
            c.accept("tien");
            from = 1;
            to = 7;
        } else if (c.accept("tuan cuoi")) {
            c.accept("cung");
            from = -7;
            to = 31;
        } else {
            return null;
        }
        c.accept("cua");
        if (!c.accept("thang")) {
            return null;
        }
        Point month = DeadlinePoints.month(c);
        if (month == null) {
            return null;
        }
        LocalDate first = month.start(c.context.year());
        LocalDate last = month.end(c.context.year());
        LocalDate start = from < 0 ? last.plusDays(from + 1L) : first.withDayOfMonth(from);
        return new DeadlineRule.Span(start, to >= last.getDayOfMonth() ? last : first.withDayOfMonth(to));
    }
}
