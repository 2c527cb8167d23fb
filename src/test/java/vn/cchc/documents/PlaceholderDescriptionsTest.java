package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.shared.MessageBundleFiles;

/** The template page explains every placeholder a province admin may use, in both languages. */
class PlaceholderDescriptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "en"})
    void everyKindAndEveryPlaceholderHasADescription(String language) {
        Properties messages = MessageBundleFiles.merged(language);
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
