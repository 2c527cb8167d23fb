package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.shared.SearchText;

/**
 * A plan's prose as items (numbered or dashed items and paragraphs, wrapped lines joined) grouped into sections by
 * their headings: targets ("Mục tiêu", "Chỉ tiêu"), tasks ("Nhiệm vụ"), duties ("Tổ chức thực hiện"), appendix
 * ("Phụ lục") and other. A line continues the item above unless it starts with a marker, or the line above ended a
 * sentence and it starts with a capital letter (a new paragraph).
 */
record Outline(List<TextItem> items, List<Section> sections) {

    enum Kind {
        PREAMBLE, TARGETS, TASKS, DUTIES, APPENDIX, OTHER
    }

    /** A section: its kind, its heading (null for the preamble) and its items after the heading. */
    record Section(Kind kind, TextItem heading, List<TextItem> items) {
    }

    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})(?:[.)]\\s*|\\s+(?=\\p{Lu}))(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\.\\s*|\\)\\s*|(?<=\\.\\d{1,2})\\s+)(.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(.*)$");
    private static final Pattern DASH = Pattern.compile("^[-–—+•*]\\s*(.*)$");
    /** "Nhiệm vụ 1: Rà soát …", "Nhiệm vụ số 2. …": a numbered item written with its word. */
    private static final Pattern TASK_WORD = Pattern.compile("^(?:Nhiệm vụ|NHIỆM VỤ)\\s+(?:số\\s+)?(\\d{1,2})\\s*[:.]\\s*(\\S.*)$");
    /** A short numbered or Roman heading that opens a section of this kind ("II. MỤC TIÊU, CHỈ TIÊU"). */
    private static final int MAX_SECTION_HEADING_WORDS = 9;

    static Outline of(SourceDocument document) {
        // A DOCX table's rows are the table reader's; in the prose they would only repeat its items.
        java.util.Set<Integer> tableLines = new java.util.HashSet<>();
        document.tables().forEach(t -> t.rows().forEach(r -> tableLines.add(r.line())));
        List<TextItem> items = items(document.lines().stream().filter(l -> !tableLines.contains(l.number())).toList());
        return new Outline(items, sections(items));
    }

    private static List<TextItem> items(List<SourceLine> lines) {
        List<TextItem> items = new ArrayList<>();
        Builder current = null;
        String previous = "";
        for (SourceLine line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Builder started = start(text, line.number());
            // A marker alone on its line ("1.1.") takes the next line as its text.
            boolean bareMarker = current != null && current.text.isEmpty();
            if (started == null && current != null && (bareMarker || !newParagraph(previous, text) && !afterHeading(current, text))) {
                current.add(text, line.number());
            } else {
                if (current != null) {
                    items.add(current.build());
                }
                current = started != null ? started : new Builder(TextItem.Marker.PARAGRAPH, null, text, line.number());
            }
            previous = text;
        }
        if (current != null) {
            items.add(current.build());
        }
        return items;
    }

    private static Builder start(String text, int number) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches()) {
            return new Builder(TextItem.Marker.ROMAN, m.group(1), m.group(2), number);
        }
        m = NUMBER.matcher(text);
        if (m.matches() && !m.group(2).startsWith("%")) {
            return new Builder(TextItem.Marker.NUMBER, m.group(1), m.group(2), number);
        }
        m = TASK_WORD.matcher(text);
        if (m.matches()) {
            return new Builder(TextItem.Marker.NUMBER, m.group(1), m.group(2), number);
        }
        m = LETTER.matcher(text);
        if (m.matches()) {
            return new Builder(TextItem.Marker.LETTER, m.group(1), m.group(2), number);
        }
        m = DASH.matcher(text);
        return m.matches() ? new Builder(TextItem.Marker.DASH, null, m.group(1), number) : null;
    }

    /** A one-line area or section heading ("2.7. Xây dựng chính quyền số") is not continued by a capitalised line. */
    private static boolean afterHeading(Builder current, String text) {
        if (current.starts.size() != 1 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        TextItem soFar = current.build();
        return soFar.marker() != TextItem.Marker.DASH && (AreaNames.ofHeading(soFar) != null || opens(soFar) != null);
    }

    private static boolean newParagraph(String previous, String text) {
        if (text.startsWith("Căn cứ ") || text.startsWith("Thực hiện ") || text.startsWith("Trên đây")
                || SearchText.key(text).startsWith("phu luc") && text.split("\\s+").length <= 3
                || SearchText.key(text).startsWith("linh vuc ")
                || allCaps(previous) != allCaps(text)) {
            return true;
        }
        char end = previous.charAt(previous.length() - 1);
        char first = text.charAt(0);
        return (end == '.' || end == ':' || end == ';' || end == '!' || end == '?')
                && (Character.isUpperCase(first) || first == '(' || first == '“' || first == '"');
    }

    /** A line in capitals ("ỦY BAN NHÂN DÂN", "NHIỆM VỤ, GIẢI PHÁP …"): at least two words, no lower-case letter. */
    private static boolean allCaps(String text) {
        return text.equals(text.toUpperCase()) && text.chars().filter(Character::isLetter).count() >= 4
                && text.strip().contains(" ");
    }

    private static List<Section> sections(List<TextItem> items) {
        List<Section> sections = new ArrayList<>();
        Kind kind = Kind.PREAMBLE;
        TextItem heading = null;
        List<TextItem> body = new ArrayList<>();
        for (TextItem item : items) {
            Kind opened = opens(item);
            // An appendix runs to the end: its Roman rows are table rows, not the plan's sections.
            if (opened != null && (kind != Kind.APPENDIX || opened == Kind.APPENDIX)) {
                sections.add(new Section(kind, heading, body));
                kind = opened;
                heading = item;
                body = new ArrayList<>();
            } else {
                body.add(item);
            }
        }
        sections.add(new Section(kind, heading, body));
        return List.copyOf(sections);
    }

    /** The kind of section this item opens, or null when it is not a section heading. */
    static Kind opens(TextItem item) {
        String folded = SearchText.key(item.text());
        if (item.marker() == TextItem.Marker.PARAGRAPH || item.marker() == TextItem.Marker.ROMAN) {
            if (folded.startsWith("phu luc") && item.wordCount() <= 3) {
                return Kind.APPENDIX;
            }
            if (folded.startsWith("tren day la") || folded.startsWith("noi nhan")) {
                return Kind.OTHER;
            }
        }
        boolean headingShape = item.marker() == TextItem.Marker.ROMAN
                || (item.marker() == TextItem.Marker.NUMBER && !item.label().contains("."))
                || item.marker() == TextItem.Marker.PARAGRAPH && item.text().equals(item.text().toUpperCase());
        if (!headingShape || item.wordCount() > MAX_SECTION_HEADING_WORDS || item.text().strip().endsWith(";")
                || AreaNames.ofHeading(item) != null) {
            return null;
        }
        if (folded.startsWith("to chuc thuc hien") || folded.startsWith("trach nhiem thuc hien")) {
            return Kind.DUTIES;
        }
        if (folded.startsWith("muc tieu") || folded.startsWith("chi tieu")) {
            return Kind.TARGETS;
        }
        if (folded.startsWith("nhiem vu")) {
            return Kind.TASKS;
        }
        if (item.marker() == TextItem.Marker.ROMAN || folded.startsWith("yeu cau") || folded.startsWith("muc dich")
                || folded.startsWith("giai phap") || folded.startsWith("kinh phi") || folded.startsWith("che do bao cao")) {
            return Kind.OTHER;
        }
        return null;
    }

    private static final class Builder {
        private final TextItem.Marker marker;
        private final String label;
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> starts = new ArrayList<>();
        private final int first;
        private int last;

        Builder(TextItem.Marker marker, String label, String text, int line) {
            this.marker = marker;
            this.label = label;
            this.first = line;
            add(text, line);
        }

        void add(String more, int line) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            starts.add(text.length());
            text.append(more);
            last = line;
        }

        TextItem build() {
            return new TextItem(marker, label, text.toString(), first, last, starts);
        }
    }
}
