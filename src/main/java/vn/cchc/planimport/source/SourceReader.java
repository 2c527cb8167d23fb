package vn.cchc.planimport.source;

/**
 * Reads an uploaded file by what it is, not by its name: "%PDF-" is a PDF, a ZIP holding word/document.xml is a
 * DOCX, any other ZIP or an old binary .doc is refused, and the rest is read as UTF-8 text (or UTF-16 with its byte-order mark). The caller has
 * already checked the size.
 */
public final class SourceReader {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** Five times the longest plan seen (seed 001, about 1,400 lines with its appendix); reading stays under a second. */
    static final int MAX_LINES = 6000;

    private SourceReader() {
    }

    /** The document's lines, refused when there are more than any plan has. */
    public static SourceDocument read(byte[] bytes, String fileName) {
        SourceDocument document = dispatch(bytes, fileName);
        if (document.lines().size() > MAX_LINES) {
            throw new ImportRefused("planimport.refused.tooManyLines", document.lines().size(), MAX_LINES);
        }
        return document;
    }

    private static SourceDocument dispatch(byte[] bytes, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw ImportRefused.empty();
        }
        if (startsWith(bytes, PDF, 1024)) {
            return PdfSource.read(bytes);
        }
        if (startsWith(bytes, ZIP, 0)) {
            return DocxSource.read(bytes, fileName == null ? "" : fileName);
        }
        if (startsWith(bytes, OLE, 0)) {
            throw new ImportRefused("planimport.refused.oldDoc");
        }
        boolean utf16 = bytes.length >= 2 && (bytes[0] & 0xFF) + (bytes[1] & 0xFF) == 0xFF + 0xFE;
        for (byte b : bytes) {
            if (b == 0 && !utf16) {
                throw new ImportRefused("planimport.refused.notText", fileName == null ? "" : fileName);
            }
        }
        return TextSource.read(bytes);
    }

    /** True when {@code magic} starts within the first {@code window} bytes (PDFs may have junk before "%PDF"). */
    private static boolean startsWith(byte[] bytes, byte[] magic, int window) {
        for (int at = 0; at <= Math.min(window, bytes.length - magic.length); at++) {
            int i = 0;
            while (i < magic.length && bytes[at + i] == magic[i]) {
                i++;
            }
            if (i == magic.length) {
                return true;
            }
        }
        return false;
    }
}
