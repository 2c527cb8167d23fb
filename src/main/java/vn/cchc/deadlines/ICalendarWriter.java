package vn.cchc.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A small RFC 5545 writer for a calendar of all-day events: CRLF line ends, content lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT values with backslash, semicolon, comma and line breaks escaped, all-day
 * events as DTSTART;VALUE=DATE with the next day as DTEND. Pure; no library in the offline repository does this.
 */
public final class ICalendarWriter {

    /** One all-day event; {@code uid} must stay the same for the same deadline from one download to the next. */
    public record Event(String uid, LocalDate date, String summary, String description, String url) {
    }

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /** The whole calendar; {@code stamp} is the DTSTAMP of every event (when this copy was made). */
    public static String write(String calendarName, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//CCHC//Lich han//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, any line break as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /**
     * A content line folded (RFC 5545 §3.1): no physical line longer than 75 octets, each continuation starting
     * with one space, a multi-byte character never split.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append(CRLF);
    }
}
