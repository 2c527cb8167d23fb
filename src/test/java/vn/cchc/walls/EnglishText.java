package vn.cchc.walls;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an English page shows a reader (its text and the tooltips, placeholders and labels of its elements) that is
 * still Vietnamese, outside what is Vietnamese by nature:
 * <ul>
 * <li>an element marked {@code lang="vi"} and everything in it: the page says the text is Vietnamese on purpose
 * (an official document's wording, a file format's column names, an example of a Vietnamese deadline phrase);</li>
 * <li>a text that carries the fixture's marker: data users typed (every name {@link FullCommunes} writes carries it);</li>
 * <li>a Vietnamese phrase an English text quotes in “…”: what the user types or reads in a file, e.g. the deadline
 * phrase “Trước ngày X” or the sheet “Tiêu chí”;</li>
 * <li>the phrases of {@link #DATA}: data the fixture made without the marker (people's and the province's names, the
 * criteria set's titles, an evidence title, a filter value the sweep typed) and document numbers (766/QĐ-TTg).</li>
 * </ul>
 * Anything else Vietnamese on an English page is a text that skipped the bundles.
 */
final class EnglishText {

    private static final List<String> FIXTURE_DATA = List.of("Quyết định ban hành quy chế",
            // Scenes.SMALL_SET's criteria and evidence titles, and the product of Plans.task.
            "Một cửa", "Đúng hạn", "Số liệu", "Trực tuyến", "Sáng kiến", "Chỉ đạo", "Quyết định", "Báo cáo", "Kế hoạch",
            "Điều tra", "Hài lòng",
            // GoodValues' text for a free-text filter.
            "Thử String");

    static final List<Pattern> DATA = Stream.concat(
                    Stream.of("“[^”]*”", "Người dùng t\\d+\\.\\w+", "Tỉnh thử t\\d+( \\(A0\\))?",
                            "Khảo sát t\\d+", "Quầy t\\d+", // the walls' survey and its QR point
                            "\\b\\d+(/\\d{4})?/[A-ZĐ]+(-[A-ZĐ]+)*"),
                    FIXTURE_DATA.stream().map(p -> "(?<!\\p{L})" + Pattern.quote(p) + "(?!\\p{L})"))
            .map(Pattern::compile).toList();

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<(/?)([a-zA-Z][\\w-]*)?[^>]*?(/?)>");
    private static final Pattern VIETNAMESE_ELEMENT = Pattern.compile("\\slang=\"vi\"");
    private static final List<String> VOID = List.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "(?i)\\s(?:title|placeholder|aria-label|alt)=\"([^\"]*)\"");

    private EnglishText() {
    }

    /** Each piece of shown text with a Vietnamese letter that is not data, as it appears (cut at 140 characters). */
    static List<String> vietnameseOutsideData(String html, String marker) {
        String visible = HIDDEN.matcher(html).replaceAll(" ");
        List<String> pieces = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(visible);
        int last = 0;
        while (tag.find()) {
            boolean vietnamese = open.stream().anyMatch(e -> e.startsWith("vi:"));
            if (!vietnamese) {
                pieces.add(visible.substring(last, tag.start()));
            }
            String name = tag.group(2) == null ? "" : tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = !tag.group(3).isEmpty() || VOID.contains(name) || name.isEmpty();
            boolean marked = VIETNAMESE_ELEMENT.matcher(tag.group()).find();
            if (closing) {
                // Up to the element it closes: an unclosed element inside it ends with it, as browsers read it.
                while (!open.isEmpty() && !open.pop().endsWith(":" + name)) {
                    // popped an unclosed element
                }
            } else {
                if (!vietnamese && !marked) {
                    Matcher attribute = SHOWN_ATTRIBUTE.matcher(tag.group());
                    while (attribute.find()) {
                        pieces.add(attribute.group(1));
                    }
                }
                if (!selfClosing) {
                    open.push((marked ? "vi:" : "en:") + name);
                }
            }
            last = tag.end();
        }
        pieces.add(visible.substring(last));
        List<String> found = new ArrayList<>();
        for (String piece : pieces) {
            String text = unescape(piece).replaceAll("\\s+", " ").strip();
            if (text.contains(marker)) {
                continue;
            }
            String rest = text;
            for (Pattern data : DATA) {
                rest = data.matcher(rest).replaceAll("");
            }
            if (hasVietnameseLetter(rest)) {
                found.add(text.length() > 140 ? text.substring(0, 140) + "…" : text);
            }
        }
        return found;
    }

    /** A letter outside ASCII: Vietnamese adds diacritics to Latin letters (ă, ơ, đ, ế…); English needs none. */
    static boolean hasVietnameseLetter(String text) {
        return text.chars().anyMatch(ch -> ch > 127 && Character.isLetter(ch));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
