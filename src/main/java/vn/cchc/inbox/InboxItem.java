package vn.cchc.inbox;

import java.time.LocalDate;

/**
 * One thing waiting on the user: what it is, where to act on it, and by when. {@code deadline} and {@code daysLeft}
 * (working days, negative when late) are null for items without a deadline (a failed import); {@code since} dates
 * those instead.
 */
public record InboxItem(String title, String detail, String link, LocalDate deadline, Integer daysLeft,
                        LocalDate since) {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
