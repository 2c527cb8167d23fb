package vn.cchc.planimport.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.planimport.source.SourceLine;

/** Test input: pasted text as the reader gets it (NFC, blank lines dropped, the rest numbered from 1). */
final class PastedText {

    private PastedText() {
    }

    static SourceDocument of(String text) {
        List<SourceLine> lines = new ArrayList<>();
        for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(new SourceLine(lines.size() + 1, line));
            }
        }
        return new SourceDocument(SourceKind.TEXT, lines, List.of());
    }

    static SourceDocument seed(String name) {
        try (InputStream in = PastedText.class.getResourceAsStream("/planimport/seeds/" + name)) {
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
