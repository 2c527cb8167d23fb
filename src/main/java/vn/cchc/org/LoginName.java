package vn.cchc.org;

import vn.cchc.shared.CleanText;

/**
 * A typed username as the login uses it: without the characters {@link CleanText} removes everywhere (PostgreSQL
 * refuses NUL) and cut to 200 characters, which no account's name comes near, so a huge one costs nothing more.
 */
final class LoginName {

    static final int MAX_LENGTH = 200;

    private LoginName() {
    }

    static String of(String typed) {
        return CleanText.clean(typed, MAX_LENGTH);
    }
}
