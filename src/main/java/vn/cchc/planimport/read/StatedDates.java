package vn.cchc.planimport.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.LineSpan;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.SearchText;

/**
 * Dates the plan's body states outside its tasks: "gửi hồ sơ tự đánh giá … trước ngày 21/6/2026", "chậm nhất ngày
 * 15 tháng 12 năm 2025". The label is the clause up to the date, as written (cut at a word near 100 characters);
 * a date without a year takes the default year. Recurring dates ("trước ngày 30 hàng tháng") and dates inside
 * the appendix or inside a task's lines are not stated dates.
 */
final class StatedDates {

    private static final Pattern DUE = Pattern.compile("(?<![\\p{L}\\d])(?:truoc|cham nhat(?: la)?|han chot(?: la)?|"
            + "han cuoi(?: la)?)\\s+ngay\\s+(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?"
            + "|\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?)(?![\\d/])");
    private static final int MAX_LABEL = 100;

    private StatedDates() {
    }

    static List<DraftDate> find(Outline outline, ReadContext context, List<LineSpan> taskSpans) {
        List<DraftDate> dates = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() == Outline.Kind.APPENDIX) {
                continue;
            }
            for (TextItem item : section.items()) {
                for (Clauses.Clause clause : Clauses.of(item.text())) {
                    read(item, clause, context, taskSpans, dates);
                }
            }
        }
        return dates;
    }

    private static void read(TextItem item, Clauses.Clause clause, ReadContext context, List<LineSpan> taskSpans,
                             List<DraftDate> out) {
        Matcher m = DUE.matcher(SearchText.fold(clause.text()));
        // "báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 10/11": each label starts after the date before.
        int from = 0;
        while (m.find()) {
            int previousEnd = from;
            from = m.end();
            LineSpan span = item.spanOf(clause.start() + m.start(), clause.start() + m.end());
            if (taskSpans.stream().anyMatch(t -> t.first() <= span.last() && span.first() <= t.last())) {
                continue;
            }
            LocalDate date = date(m, context.defaultYear());
            if (date == null) {
                continue;
            }
            String phrase = clause.text().substring(m.start(), m.end());
            String before = label(clause.text().substring(previousEnd, m.start()));
            // "Trước ngày 15/12/2025, các phòng gửi báo cáo …": what is due comes after the date.
            String label = before.isEmpty() ? label(clause.text().substring(m.end())) : before;
            out.add(new DraftDate(label, date, phrase, item.spanOf(clause.start(), clause.start() + m.end())));
        }
    }

    private static String label(String words) {
        String label = words.strip();
        while (!label.isEmpty() && ",;:-".indexOf(label.charAt(0)) >= 0) {
            label = label.substring(1).strip();
        }
        if (label.startsWith("và ")) {
            label = label.substring(3).strip();
        }
        if (label.length() > MAX_LABEL) {
            int cut = label.lastIndexOf(' ', MAX_LABEL);
            label = label.substring(0, cut > 0 ? cut : MAX_LABEL);
        }
        while (!label.isEmpty() && ",;:-".indexOf(label.charAt(label.length() - 1)) >= 0) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return label;
    }

    private static LocalDate date(Matcher m, int defaultYear) {
        String month = m.group(2) != null ? m.group(2) : m.group(4);
        String year = m.group(2) != null ? m.group(3) : m.group(5);
        if (month == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year == null ? defaultYear : Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(m.group(1)));
            return PlausibleDates.contains(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
