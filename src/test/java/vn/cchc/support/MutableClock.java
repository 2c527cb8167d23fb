package vn.cchc.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.cchc.shared.VietnamTime;

/** A clock that tests set to a given Vietnamese date and time. */
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now();

    public void setToday(LocalDate date) {
        now = date.atTime(LocalTime.of(9, 0)).atZone(VietnamTime.ZONE).toInstant();
    }

    /** Moves the time on by a duration (e.g. past a login lock). */
    public void advance(java.time.Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return VietnamTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
