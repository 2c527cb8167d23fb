package vn.cchc.org;

/** A user as a notification recipient; {@code email} is null when the user has none. */
public record Recipient(long userId, String fullName, String email) {
}
