package vn.cchc.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Values that name themselves through the message bundles (a period, a reform area, an indicator) shown in the
 * reader's language: {@code ${@msg.of(area)}} in templates, where {@code #{…}} takes only a key.
 */
@Component("msg")
public class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(MessageSourceResolvable value) {
        return value == null ? "" : messages.getMessage(value, LocaleContextHolder.getLocale());
    }
}
