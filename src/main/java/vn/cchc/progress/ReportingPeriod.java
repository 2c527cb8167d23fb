package vn.cchc.progress;

import java.time.LocalDate;

/**
 * A period units report on, with its entry window: open from {@code opensOn}, due on {@code due} (later is accepted
 * but marked late), locked after {@code locksOn} unless the standing agency reopens it. {@code locksOn} null: never.
 */
public record ReportingPeriod(String code, String label, LocalDate start, LocalDate end, LocalDate opensOn,
                              LocalDate due, LocalDate locksOn, boolean adHoc) {

    public boolean opened(LocalDate today) {
        return !today.isBefore(opensOn);
    }

    public boolean locked(LocalDate today) {
        return locksOn != null && today.isAfter(locksOn);
    }

    public boolean late(LocalDate day) {
        return day.isAfter(due);
    }

    /** Units are expected to have reported once the due date has passed. */
    public boolean expectedBy(LocalDate today) {
        return today.isAfter(due);
    }
}
