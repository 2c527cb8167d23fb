package vn.cchc.inbox;

import java.util.List;

/** A user's inbox: its non-empty sections in a fixed order. {@code canAct} is false for a read-only viewer. */
public record Inbox(List<Section> sections, boolean canAct) {

    /** The kinds of things that wait, in the order the page lists them; each is a message key suffix. */
    public enum Kind { REVIEW, RETURNED, LINES, EXPLAIN, SCORE, ACCEPT, IMPORTS }

    public record Section(Kind kind, List<InboxItem> items) {

        public String key() {
            return "inbox.section." + anchor();
        }

        /** The section's id on the page, which the counts in the header link to. */
        public String anchor() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public int total() {
        return sections.stream().mapToInt(s -> s.items().size()).sum();
    }

    public boolean empty() {
        return sections.isEmpty();
    }
}
