package vn.cchc.shared;

import java.text.MessageFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles as Spring Boot would set them up from {@code spring.messages.*}, but without a lock per
 * message: Spring formats a cached {@link MessageFormat} inside {@code synchronized (format)}, and a JFR profile of
 * the plan and progress pages under 100 connections showed the page threads queued on the few formats every page
 * uses (225 s of waiting in a 45 s recording). Each thread formats its own copy instead.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
                                @Value("${spring.messages.encoding:UTF-8}") String encoding,
                                @Value("${spring.messages.fallback-to-system-locale:false}") boolean systemLocale) {
        ResourceBundleMessageSource source = new PerThreadFormats();
        source.setBasenames(basenames);
        source.setDefaultEncoding(encoding);
        source.setFallbackToSystemLocale(systemLocale);
        return source;
    }

    /** Hands each thread its own clone of the shared format; the shared one is only ever read (cloned). */
    static final class PerThreadFormats extends ResourceBundleMessageSource {

        private final ThreadLocal<Map<MessageFormat, MessageFormat>> copies =
                ThreadLocal.withInitial(IdentityHashMap::new);

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            return shared == null ? null : copies.get().computeIfAbsent(shared, f -> (MessageFormat) f.clone());
        }
    }
}
