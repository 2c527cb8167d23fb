package vn.cchc.shared;

import java.time.LocalDate;

/**
 * How a province reads "Trước ngày X" — in task deadlines, report windows and PAR deadlines alike, so the app has
 * one reading. {@link #DAY_BEFORE} (the default): submitted before X, so due on X−1. {@link #SAME_DAY}: due on X.
 */
public enum BeforeReading {
    DAY_BEFORE,
    SAME_DAY;

    /** The due date of "Trước ngày {@code x}". */
    public LocalDate due(LocalDate x) {
        return this == DAY_BEFORE ? x.minusDays(1) : x;
    }

    /** The day of month due for "trước ngày {@code day}" of every month (0 when it falls in the month before). */
    public int dueDay(int day) {
        return this == DAY_BEFORE ? day - 1 : day;
    }

    /** The X of "Trước ngày X" that means due on {@code due}: what pages print beside a stored due date. */
    public LocalDate beforeDay(LocalDate due) {
        return this == DAY_BEFORE ? due.plusDays(1) : due;
    }
}
