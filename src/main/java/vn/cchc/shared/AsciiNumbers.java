package vn.cchc.shared;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.WebDataBinder;

/**
 * Numbers in paths, parameters and forms are ASCII digits only. Java's own parsing reads every Unicode digit
 * ("/tasks/٣" would be task 3), "+3" and hexadecimal ("0x3"), which lets one record answer under many addresses.
 * Decimals take a point or the Vietnamese comma ("0,5"). A value that is not such a number fails to bind like any
 * malformed one. Both binding paths are covered: the binder's editors (single values, which Spring otherwise
 * retries with its lenient default editors) and the conversion service (collections such as {@code List<Long>}).
 */
public final class AsciiNumbers {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}([.,][0-9]{1,30})?");
    /** "1.000" is one thousand to a Vietnamese reader and one to Java: refused rather than guessed. */
    private static final Pattern THOUSANDS = Pattern.compile("-?[0-9]{1,3}[.,][0-9]{3}");

    private AsciiNumbers() {
    }

    static Long parseLong(String text) {
        return Long.valueOf(integer(text));
    }

    static Integer parseInt(String text) {
        return Integer.valueOf(integer(text));
    }

    /** A decimal typed by a person: "0,5" or "0.5"; an ambiguous thousands group such as "1.000" is refused. */
    public static BigDecimal parseDecimal(String text) {
        if (!DECIMAL.matcher(text).matches() || THOUSANDS.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a decimal number: " + text);
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    private static String integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("Not an integer: " + text);
        }
        return text;
    }

    static void register(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) t -> blankToNull(t, AsciiNumbers::parseLong));
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) t -> blankToNull(t, AsciiNumbers::parseInt));
        registry.addConverter(String.class, BigDecimal.class,
                (Converter<String, BigDecimal>) t -> blankToNull(t, AsciiNumbers::parseDecimal));
    }

    static void register(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Editor(AsciiNumbers::parseLong, false));
        binder.registerCustomEditor(Long.class, new Editor(AsciiNumbers::parseLong, true));
        binder.registerCustomEditor(int.class, new Editor(AsciiNumbers::parseInt, false));
        binder.registerCustomEditor(Integer.class, new Editor(AsciiNumbers::parseInt, true));
        binder.registerCustomEditor(BigDecimal.class, new Editor(AsciiNumbers::parseDecimal, true));
    }

    private static <T> T blankToNull(String text, Function<String, T> parse) {
        String t = text.strip();
        return t.isEmpty() ? null : parse.apply(t);
    }

    /** A binder editor: blank is null for wrapper types and refused for primitives. */
    private static final class Editor extends PropertyEditorSupport {
        private final Function<String, ?> parse;
        private final boolean allowEmpty;

        Editor(Function<String, ?> parse, boolean allowEmpty) {
            this.parse = parse;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            Object value = text == null ? null : blankToNull(text, parse);
            if (value == null && !allowEmpty) {
                throw new IllegalArgumentException("A number is required");
            }
            setValue(value);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
    }
}
