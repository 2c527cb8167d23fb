package vn.cchc.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The message bundles the application loads (spring.messages.basename in application.properties: messages.properties
 * and each module's i18n bundle), so tests that read bundles directly cover every one of them.
 */
public final class MessageBundleFiles {

    private MessageBundleFiles() {
    }

    /** The basenames, as configured: "messages", "i18n/pakn", … */
    public static List<String> basenames() {
        Properties app = load("/application.properties");
        return Arrays.stream(app.getProperty("spring.messages.basename").split(",")).map(String::strip).toList();
    }

    /** The resource of a basename for a language: "" for the Vietnamese default, "en" for English. */
    public static String resource(String basename, String language) {
        return "/" + basename + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }

    /** Every bundle of a language merged, as the application's message source sees them. */
    public static Properties merged(String language) {
        Properties all = new Properties();
        basenames().forEach(b -> all.putAll(load(resource(b, language))));
        return all;
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MessageBundleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
