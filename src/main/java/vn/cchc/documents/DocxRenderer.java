package vn.cchc.documents;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a DOCX template with poi-tl. Every string is put in Unicode NFC first, the form TCVN 6909 text takes, so
 * that text typed on a phone in decomposed form prints and searches like the rest. Only maps, lists and strings are
 * passed in, and Spring EL stays off: a template uploaded by a province can name data, never call code.
 */
final class DocxRenderer {

    private DocxRenderer() {
    }

    static byte[] render(TemplateVocabulary vocabulary, byte[] template, Map<String, Object> data) {
        try (XWPFTemplate compiled = XWPFTemplate.compile(new ByteArrayInputStream(template), configure(vocabulary));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            compiled.render(normalised(data));
            compiled.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row loops of the vocabulary, at any depth, repeat their table row (the tag sits in the row above it). */
    static Configure configure(TemplateVocabulary vocabulary) {
        ConfigureBuilder builder = Configure.builder();
        bindLoops(vocabulary, builder);
        return builder.build();
    }

    private static void bindLoops(TemplateVocabulary vocabulary, ConfigureBuilder builder) {
        vocabulary.rowLoops().keySet().forEach(loop -> builder.bind(loop, new RowLoopPolicy()));
        vocabulary.blocks().values().forEach(inner -> bindLoops(inner, builder));
    }

    static Object normalised(Object value) {
        if (value instanceof String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), normalised(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(DocxRenderer::normalised).toList();
        }
        return value;
    }
}
