package vn.cchc.planimport.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.plan.PlanKind;
import vn.cchc.planimport.DraftHeader;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.SearchText;

/**
 * The plan's header: the issuing body ("ỦY BAN NHÂN DÂN" over "PHƯỜNG BẮC NHA TRANG"), the title ("KẾ HOẠCH" and
 * the lines under it), the number ("Số: 45/KH-UBND"), the date ("…, ngày 12 tháng 9 năm 2025"), the period and kind
 * read from the title, and the legal bases ("Căn cứ …;", "Thực hiện Công văn số …") before the first section.
 */
final class HeaderFinder {

    private static final Pattern NUMBER = Pattern.compile("(?i)\\bSố\\s*:\\s*([0-9]{1,5}/[\\p{L}0-9.\\-]+)");
    private static final Pattern DATE = Pattern.compile("ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})");
    private static final Pattern BODY_PLACE = Pattern.compile("^(PHƯỜNG|XÃ|THỊ TRẤN)\\s+\\p{Lu}.*");
    /** The body on one line: "UBND XÃ TÂN HIỆP", "ỦY BAN NHÂN DÂN PHƯỜNG AN KHÁNH". */
    private static final Pattern BODY_ONE_LINE = Pattern.compile(
            "^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(?:XÃ|PHƯỜNG|THỊ TRẤN)\\s+\\p{Lu}.*$");
    private static final Pattern UBND_NAMED = Pattern.compile("UBND (?:xã|phường|thị trấn)(?: \\p{Lu}\\p{L}*)+");
    private static final Pattern BASIS = Pattern.compile("^(căn cứ|thực hiện (công văn|kế hoạch|quyết định|chỉ thị|"
            + "nghị quyết|thông báo|văn bản|hướng dẫn))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SECTION_START = Pattern.compile("^([IVX]{1,4}|\\d{1,2})[.)]\\s");
    /** The header is in the document's first lines; further down "ngày … tháng … năm" is something else. */
    private static final int HEADER_LINES = 40;
    private static final int MAX_TITLE_LINES = 4;

    private HeaderFinder() {
    }

    static DraftHeader find(SourceDocument document, Outline outline, ReadContext context) {
        List<SourceLine> lines = document.lines();
        List<Integer> used = new ArrayList<>();
        int titleAt = titleLine(lines);
        String title = titleAt < 0 ? null : title(lines, titleAt, used);
        String number = null;
        LocalDate date = null;
        int top = Math.min(HEADER_LINES, lines.size());
        for (int i = 0; i < top; i++) {
            SourceLine line = lines.get(i);
            Matcher n = NUMBER.matcher(line.text());
            if (number == null && n.find()) {
                number = n.group(1);
                used.add(line.number());
            }
            // The place-and-date line may wrap: "Hòa An, ngày 12 tháng 9" / "năm 2025".
            String next = i + 1 < lines.size() ? " " + lines.get(i + 1).text() : "";
            Matcher d = DATE.matcher(SearchText.fold(line.text() + next));
            if (date == null && !BASIS.matcher(line.text().strip()).find() && d.find()
                    && d.start() < line.text().length()) {
                date = date(d);
                used.add(line.number());
            }
        }
        String body = issuingBody(lines, used);
        String period = title == null ? null : PeriodWords.code(title, context.defaultYear());
        PlanKind kind = title == null ? null : PeriodWords.kind(title);
        List<String> bases = legalBases(outline, used);
        LineSpan span = used.isEmpty() ? null
                : new LineSpan(used.stream().min(Integer::compare).get(), used.stream().max(Integer::compare).get());
        return new DraftHeader(body, title, number, date, period, kind, bases, span);
    }

    private static int titleLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (SearchText.fold(text).startsWith("ke hoach") && text.startsWith("KẾ HOẠCH")) {
                return i;
            }
        }
        return -1;
    }

    /** "KẾ HOẠCH" and the lines below it up to a basis, a note in brackets, a section or a sentence. */
    private static String title(List<SourceLine> lines, int at, List<Integer> used) {
        String first = lines.get(at).text().strip().substring("KẾ HOẠCH".length()).strip();
        List<String> parts = new ArrayList<>();
        if (!first.isEmpty()) {
            parts.add(first);
        }
        used.add(lines.get(at).number());
        for (int i = at + 1; i < lines.size() && i <= at + MAX_TITLE_LINES; i++) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty() || text.startsWith("(") || text.startsWith("-") || text.startsWith("Số")
                    || BASIS.matcher(text).find() || SECTION_START.matcher(text).find() || text.length() > 120
                    || (!first.isEmpty() && !Character.isLowerCase(text.charAt(0)))) {
                break;
            }
            parts.add(text);
            used.add(lines.get(i).number());
            if (text.endsWith(".") || text.endsWith(";") || text.endsWith(":")) {
                break;
            }
        }
        return parts.isEmpty() ? "KẾ HOẠCH" : String.join(" ", parts);
    }

    /** "ỦY BAN NHÂN DÂN" (not the signature's "TM. ỦY BAN NHÂN DÂN") over the commune's line; else "UBND xã X". */
    private static String issuingBody(List<SourceLine> lines, List<Integer> used) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (!SearchText.fold(text).startsWith("uy ban nhan dan") || !text.equals(text.toUpperCase())) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
                String next = lines.get(j).text().strip();
                if (BODY_PLACE.matcher(next).matches() && next.equals(next.toUpperCase()) && next.length() < 60) {
                    if (i < HEADER_LINES) {
                        used.add(lines.get(i).number());
                        used.add(lines.get(j).number());
                    }
                    return text + " " + next;
                }
            }
        }
        for (SourceLine line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
            String text = line.text().strip();
            if (BODY_ONE_LINE.matcher(text).matches() && text.equals(text.toUpperCase()) && text.length() < 60) {
                used.add(line.number());
                return text;
            }
        }
        for (SourceLine line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
            Matcher m = UBND_NAMED.matcher(line.text());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /** "Căn cứ …" and "Thực hiện Công văn …" items before the first section, each to its first ";". */
    private static List<String> legalBases(Outline outline, List<Integer> used) {
        List<String> bases = new ArrayList<>();
        Outline.Section preamble = outline.sections().get(0);
        if (preamble.kind() != Outline.Kind.PREAMBLE) {
            return bases;
        }
        for (TextItem item : preamble.items()) {
            String text = item.text().strip();
            if (!BASIS.matcher(text).find()) {
                continue;
            }
            int end = text.indexOf(';');
            String basis = (end < 0 ? text : text.substring(0, end)).strip();
            bases.add(basis.endsWith(".") || basis.endsWith(",") ? basis.substring(0, basis.length() - 1) : basis);
            used.add(item.first());
            used.add(item.spanOf(0, Math.max(1, end < 0 ? text.length() : end)).last());
        }
        return bases;
    }

    private static LocalDate date(Matcher d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(1)));
            return PlausibleDates.contains(date) ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
