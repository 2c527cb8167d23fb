package vn.cchc.planimport.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 that was decoded as Windows-1252 (or Latin-1): each character goes back to the byte it was read
 * from and the bytes are decoded as UTF-8 again. A space where a continuation byte belongs was a non-breaking
 * space (0xA0, as in "áº " for "Ạ") that copy-paste turned into a plain one.
 */
final class Mojibake {

    private static final char[] CP1252_HIGH = new char[32];

    static {
        byte[] high = new byte[32];
        for (int i = 0; i < 32; i++) {
            high[i] = (byte) (0x80 + i);
        }
        String decoded = new String(high, Charset.forName("windows-1252"));
        for (int i = 0; i < 32; i++) {
            CP1252_HIGH[i] = decoded.charAt(i);
        }
    }

    private Mojibake() {
    }

    /** The repaired text, or null when the text is not UTF-8 read as Windows-1252. */
    static String repair(String text) {
        byte[] bytes = new byte[text.length()];
        int expectContinuation = 0;
        for (int i = 0; i < text.length(); i++) {
            int b = toByte(text.charAt(i));
            if (b < 0) {
                return null;
            }
            if (expectContinuation > 0 && b == ' ') {
                b = 0xA0;
            }
            expectContinuation = expectContinuation > 0 ? expectContinuation - 1 : leadLength(b);
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int leadLength(int b) {
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        if (b >= 0xE0) {
            return b <= 0xEF ? 2 : 0;
        }
        return b >= 0xC2 ? 1 : 0;
    }

    private static int toByte(char c) {
        if (c < 0x100) {
            return c;
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }
}
