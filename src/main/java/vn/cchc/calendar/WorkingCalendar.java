package vn.cchc.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import vn.cchc.shared.VietnamTime;

/**
 * Working days of state bodies: Monday to Friday, minus public holidays, plus official make-up working days.
 * Pure rule code; one instance serves one province's schedule. All instants are read in Asia/Ho_Chi_Minh.
 */
public final class WorkingCalendar {

    private final IntFunction<YearSchedule> schedules;
    private final StatutoryHolidays statutory;
    private final OfficeHours hours;
    private final Map<Integer, Map<LocalDate, Day>> years = new ConcurrentHashMap<>();

    public WorkingCalendar(IntFunction<YearSchedule> schedules, OfficeHours hours) {
        this.schedules = schedules;
        this.statutory = new StatutoryHolidays(LunarCalendar.vietnam());
        this.hours = hours;
    }

    /** The calendar with computed defaults only. */
    public static WorkingCalendar defaults() {
        return new WorkingCalendar(YearSchedule::none, OfficeHours.standard());
    }

    public OfficeHours officeHours() {
        return hours;
    }

    public boolean isWorkingDay(LocalDate date) {
        return describe(date).working();
    }

    /** Whether the date is worked, and why not (holiday name, weekend) or why a weekend is worked. */
    public Day describe(LocalDate date) {
        Day special = specialDays(date.getYear()).get(date);
        if (special != null) {
            return special;
        }
        return StatutoryHolidays.isWeekend(date) ? new Day(date, false, Day.WEEKEND) : new Day(date, true, null);
    }

    /** The non-ordinary days of a year (holidays, compensations, make-up working days), in date order. */
    public Map<LocalDate, Day> specialDays(int year) {
        Map<LocalDate, Day> known = years.get(year);  // read first: computeIfAbsent allocates on every call
        return known != null ? known : years.computeIfAbsent(year, this::buildYear);
    }

    private Map<LocalDate, Day> buildYear(int year) {
        YearSchedule schedule = schedules.apply(year);
        Map<LocalDate, Day> days = new java.util.TreeMap<>();
        if (!schedule.official()) {
            for (Holiday h : statutory.defaultsFor(year)) {
                days.put(h.date(), new Day(h.date(), false, h.name()));
            }
        }
        for (DayOverride o : schedule.overrides()) {
            days.put(o.date(), new Day(o.date(), o.kind() == DayOverride.Kind.WORKING_DAY, o.name()));
        }
        return java.util.Collections.unmodifiableMap(days);
    }

    /**
     * The date reached after {@code n} working days counted from the day after {@code start} (the start day
     * itself is not counted). {@code n = 0} returns the start date; negative {@code n} counts backwards.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Adds working days to an instant, keeping its local time of day in Vietnam. */
    public ZonedDateTime addWorkingDays(Instant start, int n) {
        ZonedDateTime local = start.atZone(VietnamTime.ZONE);
        return addWorkingDays(local.toLocalDate(), n).atTime(local.toLocalTime()).atZone(VietnamTime.ZONE);
    }

    /**
     * Counts working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}. Counting 29/01 to 31/01 on ordinary days gives 2.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(from.atZone(VietnamTime.ZONE).toLocalDate(), to.atZone(VietnamTime.ZONE).toLocalDate());
    }

    /**
     * Adds working time to an instant, counting only office sessions of working days. A start outside office
     * hours begins at the next session (the one-stop rule that a dossier received after hours counts from the
     * next working session).
     */
    public ZonedDateTime addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + amount);
        }
        LocalDateTime cursor = nextWorkingMoment(start.atZone(VietnamTime.ZONE).toLocalDateTime());
        Duration remaining = amount;
        while (true) {
            LocalTime sessionEnd = cursor.toLocalTime().isBefore(hours.morningEnd()) ? hours.morningEnd() : hours.afternoonEnd();
            Duration left = Duration.between(cursor.toLocalTime(), sessionEnd);
            if (remaining.compareTo(left) <= 0) {
                return cursor.plus(remaining).atZone(VietnamTime.ZONE);
            }
            remaining = remaining.minus(left);
            cursor = nextWorkingMoment(cursor.toLocalDate().atTime(sessionEnd));
        }
    }

    /**
     * Office time between two instants, counting only the sessions of working days: from Friday 16:00 to Monday
     * 08:30 is 2 hours. Zero when {@code to} is not after {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        LocalDateTime a = from.atZone(VietnamTime.ZONE).toLocalDateTime();
        LocalDateTime b = to.atZone(VietnamTime.ZONE).toLocalDateTime();
        Duration total = Duration.ZERO;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                total = total.plus(overlap(a, b, day.atTime(hours.morningStart()), day.atTime(hours.morningEnd())))
                        .plus(overlap(a, b, day.atTime(hours.afternoonStart()), day.atTime(hours.afternoonEnd())));
            }
        }
        return total;
    }

    private static Duration overlap(LocalDateTime a, LocalDateTime b, LocalDateTime sessionStart, LocalDateTime sessionEnd) {
        LocalDateTime start = a.isAfter(sessionStart) ? a : sessionStart;
        LocalDateTime end = b.isBefore(sessionEnd) ? b : sessionEnd;
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    public ZonedDateTime addWorkingHours(Instant start, long workingHours) {
        return addWorkingTime(start, Duration.ofHours(workingHours));
    }

    /** The first moment inside an office session at or after {@code t}; a session's end moves to the next one. */
    private LocalDateTime nextWorkingMoment(LocalDateTime t) {
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        if (isWorkingDay(day)) {
            if (time.isBefore(hours.morningStart())) {
                return day.atTime(hours.morningStart());
            }
            if (time.isBefore(hours.morningEnd())) {
                return t;
            }
            if (time.isBefore(hours.afternoonStart())) {
                return day.atTime(hours.afternoonStart());
            }
            if (time.isBefore(hours.afternoonEnd())) {
                return t;
            }
        }
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next.atTime(hours.morningStart());
    }

    /** One calendar day: worked or not, and the reason when it differs from an ordinary weekday. */
    public record Day(LocalDate date, boolean working, String reason) {
        public static final String WEEKEND = "Nghỉ hằng tuần";
    }
}
