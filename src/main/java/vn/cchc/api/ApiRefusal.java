package vn.cchc.api;

import java.util.List;
import java.util.Map;

/** A refusal of an API request: its status and message key, with any row problems of a refused batch. */
final class ApiRefusal extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final Object[] args;
    private final List<Map<String, Object>> errors;

    ApiRefusal(int status, String messageKey, Object... args) {
        this(status, messageKey, args, List.of());
    }

    ApiRefusal(int status, String messageKey, Object[] args, List<Map<String, Object>> errors) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.errors = errors;
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }

    List<Map<String, Object>> errors() {
        return errors;
    }
}
