package vn.cchc.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5545 details checked by hand: escaping (§3.3.11), folding at 75 octets (§3.1), all-day dates (§3.6.1). */
class ICalendarWriterTest {

    @Test
    void textEscapesBackslashSemicolonCommaAndEveryKindOfLineBreak() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void aLineOf75OctetsStaysWholeAndThe76thGoesToAContinuationLine() {
        String a75 = "a".repeat(75);
        assertThat(ICalendarWriter.fold(a75)).isEqualTo(a75);
        assertThat(ICalendarWriter.fold(a75 + "b")).isEqualTo(a75 + "\r\n b");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsAVietnameseLetter() {
        // "ế" is 3 octets in UTF-8: 25 fill the first line (75), 24 a continuation (1 + 72)
        assertThat(ICalendarWriter.fold("ế".repeat(30))).isEqualTo("ế".repeat(25) + "\r\n " + "ế".repeat(5));
        // after "A" only 24 fit (73 octets): the 25th would make 76
        String folded = ICalendarWriter.fold("A" + "ế".repeat(30));
        assertThat(folded).isEqualTo("A" + "ế".repeat(24) + "\r\n " + "ế".repeat(6));
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void anAllDayEventHasADateStartTheNextDayAsEndAndCrlfLineEnds() {
        String ics = ICalendarWriter.write("Lịch hạn", List.of(new ICalendarWriter.Event("task-7@cchc",
                LocalDate.of(2026, 12, 31), "Nhiệm vụ: T1, báo cáo; năm", "Đã xong", "https://x.vn/tasks/7")),
                Instant.parse("2026-11-30T02:00:00Z"));
        assertThat(ics).isEqualTo("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//CCHC//Lich han//VI\r
                CALSCALE:GREGORIAN\r
                METHOD:PUBLISH\r
                X-WR-CALNAME:Lịch hạn\r
                X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r
                BEGIN:VEVENT\r
                UID:task-7@cchc\r
                DTSTAMP:20261130T020000Z\r
                DTSTART;VALUE=DATE:20261231\r
                DTEND;VALUE=DATE:20270101\r
                SUMMARY:Nhiệm vụ: T1\\, báo cáo\\; năm\r
                DESCRIPTION:Đã xong\r
                URL:https://x.vn/tasks/7\r
                TRANSP:TRANSPARENT\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }
}
