package vn.cchc.plan;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A message key with its arguments, resolved in the reader's language when shown. An argument may itself be a
 * {@code DeadlineMessage} (Spring resolves nested ones), so an explanation is built from pieces in both languages.
 */
public record DeadlineMessage(String key, List<Object> args) implements MessageSourceResolvable {

    public DeadlineMessage {
        args = List.copyOf(args);
    }

    public static DeadlineMessage of(String key, Object... args) {
        return new DeadlineMessage(key, List.of(args));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }
}
