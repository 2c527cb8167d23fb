package vn.cchc.shared;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * Every date a request binds — form fields, query parameters, API instants — goes through {@link PlausibleDates}:
 * a date outside 2000–2100 fails to bind like a malformed one, so the form shows its field message (or the API
 * answers 400) before anything is written. Parsing is strict: 31/02/2025 is refused, not moved to 28/02.
 */
final class PlausibleDateBinding {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PlausibleDateBinding() {
    }

    static void register(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) throws ParseException {
                return checked(parseStrict(text.strip()));
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return DAY.format(date);
            }
        });
        registry.addFormatterForFieldType(OffsetDateTime.class, new Formatter<OffsetDateTime>() {
            @Override
            public OffsetDateTime parse(String text, Locale locale) {
                return checked(OffsetDateTime.parse(text.strip()));
            }

            @Override
            public String print(OffsetDateTime value, Locale locale) {
                return value.toString();
            }
        });
        registry.addFormatterForFieldAnnotation(new CheckedAnnotatedDates());
    }

    private static LocalDate parseStrict(String text) throws ParseException {
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            throw new ParseException(text, e.getErrorIndex());
        }
    }

    static <T extends TemporalAccessor> T checked(T value) {
        if (!PlausibleDates.contains(value)) {
            throw new IllegalArgumentException("Date outside " + PlausibleDates.FIRST_YEAR + "–"
                    + PlausibleDates.LAST_YEAR + ": " + value);
        }
        return value;
    }

    /** {@code @DateTimeFormat} fields keep their own pattern and gain the range check. */
    private static final class CheckedAnnotatedDates implements AnnotationFormatterFactory<DateTimeFormat> {

        private final Jsr310DateTimeFormatAnnotationFormatterFactory standard =
                new Jsr310DateTimeFormatAnnotationFormatterFactory();

        @Override
        public Set<Class<?>> getFieldTypes() {
            return standard.getFieldTypes();
        }

        @Override
        public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
            return standard.getPrinter(annotation, fieldType);
        }

        @Override
        public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
            Parser<?> parser = standard.getParser(annotation, fieldType);
            return (text, locale) -> {
                Object value = parser.parse(text, locale);
                return value instanceof TemporalAccessor t ? checked(t) : value;
            };
        }
    }
}
