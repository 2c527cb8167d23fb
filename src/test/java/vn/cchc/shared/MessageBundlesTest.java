package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The English bundle is complete: the same keys as the Vietnamese one, each once, none empty. */
class MessageBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeysEachOnceAndNoneEmpty() throws IOException {
        List<String> vi = keys("/messages.properties");
        List<String> en = keys("/messages_en.properties");
        assertThat(vi).doesNotHaveDuplicates();
        assertThat(en).doesNotHaveDuplicates();
        Set<String> onlyVietnamese = new LinkedHashSet<>(vi);
        en.forEach(onlyVietnamese::remove);
        Set<String> onlyEnglish = new LinkedHashSet<>(en);
        vi.forEach(onlyEnglish::remove);
        assertThat(onlyVietnamese).as("keys missing from messages_en.properties").isEmpty();
        assertThat(onlyEnglish).as("keys missing from messages.properties").isEmpty();
    }

    private static List<String> keys(String resource) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                assertThat(eq).as("a key=value line in %s: %s", resource, trimmed).isPositive();
                assertThat(trimmed.substring(eq + 1).strip()).as("value of %s", trimmed).isNotEmpty();
                keys.add(trimmed.substring(0, eq).strip());
            }
        }
        return keys;
    }
}
