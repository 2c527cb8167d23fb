package vn.cchc.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.InvalidInput;

/**
 * The working calendar of each province, built from the computed defaults and the province's official schedule.
 * Calendars are cached per province, rebuilt at once after an edit here and at most a minute after an edit made
 * by another instance of the application.
 */
@Service
public class WorkingCalendars {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final CalendarRepository repository;
    private final OfficeHours officeHours;
    private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    WorkingCalendars(CalendarRepository repository, ApplicationEventPublisher events,
                     @Value("${cchc.calendar.morning-start:07:30}") LocalTime morningStart,
                     @Value("${cchc.calendar.morning-end:11:30}") LocalTime morningEnd,
                     @Value("${cchc.calendar.afternoon-start:13:00}") LocalTime afternoonStart,
                     @Value("${cchc.calendar.afternoon-end:17:00}") LocalTime afternoonEnd) {
        this.repository = repository;
        this.events = events;
        this.officeHours = new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }

    public WorkingCalendar of(long provinceId) {
        return cache.compute(provinceId, (id, cached) -> cached != null && cached.fresh() ? cached
                : new Cached(new WorkingCalendar(year -> repository.schedule(id, year), officeHours), System.nanoTime()))
                .calendar();
    }

    private record Cached(WorkingCalendar calendar, long builtAt) {
        boolean fresh() {
            return System.nanoTime() - builtAt < MAX_AGE_NANOS;
        }
    }

    /** Drops the cached calendar and tells other modules, whose dates in working days may have moved. */
    private void changed(long provinceId) {
        cache.remove(provinceId);
        events.publishEvent(new WorkingCalendarChanged(provinceId));
    }

    public YearSchedule schedule(long provinceId, int year) {
        return repository.schedule(provinceId, year);
    }

    @Transactional
    public void setDay(long provinceId, DayOverride day) {
        if (day.name() == null || day.name().isBlank()) {
            throw InvalidInput.of("name", "validation.required");
        }
        if (day.name().length() > 200) {
            throw InvalidInput.of("name", "validation.tooLong", 200);
        }
        repository.upsertDay(provinceId, new DayOverride(day.date(), day.kind(), day.name().strip()));
        changed(provinceId);
    }

    @Transactional
    public void removeDay(long provinceId, LocalDate day) {
        repository.deleteDay(provinceId, day);
        changed(provinceId);
    }

    @Transactional
    public void setOfficial(long provinceId, int year, boolean official) {
        repository.setOfficial(provinceId, year, official);
        changed(provinceId);
    }

    /**
     * Imports a year's official schedule, all or nothing. One line per day: {@code date;kind;name}, the date as
     * dd/MM/yyyy or yyyy-MM-dd, the kind {@code NGHI} (day off) or {@code LAM} (make-up working day); lines
     * starting with # are comments. Every bad line is reported with its number. With {@code replaceDefaults}
     * the imported days off are the whole schedule of the year.
     */
    @Transactional
    public int importYear(long provinceId, int year, Reader csv, boolean replaceDefaults) {
        List<DayOverride> days = new ArrayList<>();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                DayOverride day = parseLine(trimmed, number, year, problems);
                if (day != null) {
                    days.add(day);
                }
            }
        } catch (IOException e) {
            throw InvalidInput.of("file", "calendar.import.unreadable");
        }
        if (days.isEmpty() && !problems.has("file")) {
            problems.add("file", "calendar.import.empty");
        }
        problems.throwIfAny();
        repository.deleteYear(provinceId, year);
        days.forEach(d -> repository.upsertDay(provinceId, d));
        repository.setOfficial(provinceId, year, replaceDefaults);
        changed(provinceId);
        return days.size();
    }

    /** Line numbers and years are passed as text so that messages do not group their digits ("2.027"). */
    private static DayOverride parseLine(String line, int lineNumber, int year, InvalidInput.Collector problems) {
        String number = String.valueOf(lineNumber);
        String[] parts = line.split("[;,\\t]", 3);
        if (parts.length < 3 || parts[2].isBlank()) {
            problems.add("file", "calendar.import.columns", number);
            return null;
        }
        LocalDate date;
        try {
            String text = parts[0].strip();
            date = text.contains("/") ? LocalDate.parse(text, VN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add("file", "calendar.import.date", number, parts[0].strip());
            return null;
        }
        if (date.getYear() != year) {
            problems.add("file", "calendar.import.otherYear", number, String.valueOf(year));
            return null;
        }
        DayOverride.Kind kind = switch (parts[1].strip().toUpperCase()) {
            case "NGHI", "NGHỈ", "DAY_OFF" -> DayOverride.Kind.DAY_OFF;
            case "LAM", "LÀM", "LAM_BU", "WORKING_DAY" -> DayOverride.Kind.WORKING_DAY;
            default -> null;
        };
        if (kind == null) {
            problems.add("file", "calendar.import.kind", number, parts[1].strip());
            return null;
        }
        return new DayOverride(date, kind, CleanText.clean(parts[2]).strip());
    }
}
