package vn.cchc.documents;

import java.util.EnumMap;
import java.util.Map;

/**
 * The shipped default template of each document, written once in ND 30 layout and kept: a province admin downloads
 * it to start their own, and every commune whose province has none uses it.
 */
final class DefaultTemplates {

    private static final Map<DocumentKind, byte[]> WRITTEN = new EnumMap<>(DocumentKind.class);

    private DefaultTemplates() {
    }

    static synchronized byte[] of(DocumentKind kind) {
        return WRITTEN.computeIfAbsent(kind, k -> Nd30Frame.defaultTemplate(k.definition())).clone();
    }
}
