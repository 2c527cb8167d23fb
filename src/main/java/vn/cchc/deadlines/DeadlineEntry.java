package vn.cchc.deadlines;

import java.time.LocalDate;
import java.util.Set;

/**
 * One due date on the calendar. {@code units} are the units it concerns (a unit user sees it when theirs is among
 * them; a coordinator's unit filter too); {@code who} names them briefly; {@code coordinating} marks a coordinating
 * unit's earlier date of a task; {@code link} is where to act; {@code uid} identifies it in the iCalendar feed.
 */
public record DeadlineEntry(LocalDate date, DeadlineKind kind, String title, String who, boolean coordinating,
                            Set<Long> units, String link, boolean done, String uid) {
}
