package vn.cchc.planimport;

import java.time.LocalDate;

/**
 * A dated requirement stated in the text outside the task list, e.g. "gửi hồ sơ tự đánh giá … trước ngày
 * 21/6/2026": what is due ({@code label}), the date as the phrase gives it, and the phrase itself.
 */
public record DraftDate(String label, LocalDate date, String phrase, LineSpan span) {
}
