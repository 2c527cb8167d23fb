package vn.cchc.planimport.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads pasted text or an uploaded .txt: strictly UTF-8 (a legacy-encoded file is refused rather than shown as
 * garbage), and text that was UTF-8 read as Latin-1/Windows-1252 somewhere on the way ("Káº¾ HOáº CH") is
 * repaired to "KẾ HOẠCH" — that mistake is lossless, so the repair is exact.
 */
public final class TextSource {

    /** Pairs that UTF-8 Vietnamese becomes when read as Windows-1252: "áº", "á»" (ạ…ỹ), "Ã" (à, é…), "Æ°" (ư), "Ä‘" (đ). */
    private static final Pattern MOJIBAKE = Pattern.compile("á[º»]|Ã[\u0080-\u00BF\u2013-\u203A\u0152-\u0192]|Æ[°¡]|Ä[‘\u0091'\u0090\u0192ƒ]");

    private TextSource() {
    }

    public static SourceDocument read(byte[] bytes) {
        String text;
        // Notepad's "Unicode" is UTF-16 with a byte-order mark: as unambiguous as UTF-8, so it is read too
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        try {
            text = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused("planimport.refused.notUtf8");
        }
        return read(text);
    }

    public static SourceDocument read(String pasted) {
        String text = pasted == null ? "" : pasted;
        if (MOJIBAKE.matcher(text).find()) {
            text = Mojibake.repair(text);
            if (text == null || MOJIBAKE.matcher(text).find()) {
                throw new ImportRefused("planimport.refused.mojibake");
            }
        }
        List<SourceLine> lines = TextLines.of(text);
        if (lines.isEmpty()) {
            throw ImportRefused.empty();
        }
        return new SourceDocument(SourceKind.TEXT, lines, List.of());
    }
}
