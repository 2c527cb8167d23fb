package vn.cchc.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** A shipped default template changed the way an official would change it in Word. */
final class TemplateEdits {

    private TemplateEdits() {
    }

    static byte[] edit(DocumentKind kind, Consumer<XWPFDocument> change) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DefaultTemplates.of(kind)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with one more paragraph at the end of the body. */
    static byte[] withParagraph(DocumentKind kind, String text) {
        return edit(kind, doc -> doc.createParagraph().createRun().setText(text));
    }

    /** The template with every occurrence of {@code from} in body paragraphs replaced, run by run. */
    static byte[] replacing(DocumentKind kind, String from, String to) {
        return edit(kind, doc -> {
            for (XWPFParagraph p : doc.getParagraphs()) {
                p.getRuns().forEach(r -> {
                    String t = r.getText(0);
                    if (t != null && t.contains(from)) {
                        r.setText(t.replace(from, to), 0);
                    }
                });
            }
        });
    }
}
