package vn.cchc.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The input was valid but the thing changed under the user: someone else saved first, or it was already submitted.
 * Answers 409 with a message key (and arguments) telling the user what to do.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends Refusal {

    public Conflict(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
