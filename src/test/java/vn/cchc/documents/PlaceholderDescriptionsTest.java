package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The template page explains every placeholder a province admin may use, in both languages. */
class PlaceholderDescriptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/messages.properties", "/messages_en.properties"})
    void everyKindAndEveryPlaceholderHasADescription(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream(bundle)) {
            messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> missing = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            if (!messages.containsKey(kind.messageKey())) {
                missing.add(kind.messageKey());
            }
            TemplateVocabulary v = kind.vocabulary();
            List<String> names = new ArrayList<>(v.fieldNames());
            names.addAll(v.rowLoops().keySet());
            names.addAll(v.blocks().keySet());
            names.stream().map(n -> "documents.ph." + n).filter(k -> !messages.containsKey(k)).forEach(missing::add);
        }
        assertThat(missing).isEmpty();
    }
}
