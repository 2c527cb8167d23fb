package vn.cchc.planimport;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.InvalidInput;

/**
 * Stand-in for the source extraction (vn.cchc.planimport.source.SourceReader, written on another branch) until it
 * is merged: pasted text and UTF-8 .txt only, NFC, blank lines dropped and the rest numbered from 1. Delete it
 * when SourceReader lands.
 */
final class PastedTextStandIn {

    private PastedTextStandIn() {
    }

    static SourceDocument read(byte[] bytes, String fileName) {
        if (fileName != null && !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            throw InvalidInput.of("file", "planimport.start.typeNotYet");
        }
        String text = Normalizer.normalize(CleanText.clean(new String(bytes, StandardCharsets.UTF_8)), Normalizer.Form.NFC);
        List<SourceLine> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(new SourceLine(lines.size() + 1, line.strip()));
            }
        }
        return new SourceDocument(SourceKind.TEXT, lines, List.of());
    }
}
