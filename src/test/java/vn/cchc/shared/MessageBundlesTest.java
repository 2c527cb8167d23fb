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

/**
 * Every bundle the application loads (messages and each module's i18n bundle) has its English twin complete: the same
 * keys as the Vietnamese one, each once, none empty; and no key is defined in two bundles.
 */
class MessageBundlesTest {

    @Test
    void bothBundlesHaveTheSameKeysEachOnceAndNoneEmpty() throws IOException {
        for (String basename : MessageBundleFiles.basenames()) {
            List<String> vi = keys(MessageBundleFiles.resource(basename, ""));
            List<String> en = keys(MessageBundleFiles.resource(basename, "en"));
            assertThat(vi).doesNotHaveDuplicates();
            assertThat(en).doesNotHaveDuplicates();
            Set<String> onlyVietnamese = new LinkedHashSet<>(vi);
            en.forEach(onlyVietnamese::remove);
            Set<String> onlyEnglish = new LinkedHashSet<>(en);
            vi.forEach(onlyEnglish::remove);
            assertThat(onlyVietnamese).as("keys missing from %s", MessageBundleFiles.resource(basename, "en")).isEmpty();
            assertThat(onlyEnglish).as("keys missing from %s", MessageBundleFiles.resource(basename, "")).isEmpty();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        List<String> all = new ArrayList<>();
        for (String basename : MessageBundleFiles.basenames()) {
            all.addAll(keys(MessageBundleFiles.resource(basename, "")));
        }
        assertThat(all).doesNotHaveDuplicates();
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
