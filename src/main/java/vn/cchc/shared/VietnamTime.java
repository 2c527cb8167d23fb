package vn.cchc.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** All date logic runs in Vietnam's zone, whatever the server's default zone is. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnamTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate date(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of a day in Vietnam. */
    public static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
