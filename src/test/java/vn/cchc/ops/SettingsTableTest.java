package vn.cchc.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The settings table of docs/operations.md stays complete and right: every key of the application's properties
 * files and every key the code reads is a row, and each row's environment variable really sets its key.
 */
class SettingsTableTest {

    private static final Path DOC = Path.of("docs/operations.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z0-9.\\[\\]-]*)` \\| `([A-Z0-9_]+)` \\|");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)[:}]");
    private static final Pattern CONDITION = Pattern.compile("name = \"([a-z][a-z0-9.-]*)\"");
    private static final Set<String> OURS = Set.of("cchc", "spring", "server", "management", "logging", "info");

    /** Setting to environment variable, as the table lists them. */
    private static Map<String, String> table() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        boolean inSettings = false;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                inSettings = line.equals("## Settings");
            }
            Matcher row = ROW.matcher(line);
            if (inSettings && row.find()) {
                rows.put(row.group(1), row.group(2));
            }
        }
        return rows;
    }

    private static Set<String> propertiesFileKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.properties")).toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                keys.addAll(p.stringPropertyNames());
            }
        }
        return keys;
    }

    private static Set<String> keysReadByTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                for (Pattern p : new Pattern[] {PLACEHOLDER, CONDITION}) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        if (OURS.contains(m.group(1).substring(0, m.group(1).indexOf('.') + 1).replace(".", ""))) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyOfTheApplicationPropertiesFilesHasARow() throws IOException {
        assertThat(table().keySet()).containsAll(propertiesFileKeys());
    }

    @Test
    void everyKeyTheCodeReadsHasARow() throws IOException {
        assertThat(keysReadByTheCode()).isNotEmpty().contains("cchc.evidence.root", "cchc.reminders.enabled");
        assertThat(table().keySet()).containsAll(keysReadByTheCode());
    }

    @Test
    void eachRowsEnvironmentVariableSetsItsKey() throws IOException {
        Map<String, String> rows = table();
        assertThat(rows).hasSizeGreaterThan(100);
        rows.forEach((key, variable) -> {
            StandardEnvironment env = new StandardEnvironment();
            env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of(variable, "from-the-environment")));
            ConfigurationPropertySources.attach(env);
            assertThat(env.getProperty(key)).as(key + " by " + variable).isEqualTo("from-the-environment");
            // Spring Boot's canonical form: dots become underscores, dashes go, upper case
            assertThat(variable).isEqualTo(key.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT));
        });
    }
}
