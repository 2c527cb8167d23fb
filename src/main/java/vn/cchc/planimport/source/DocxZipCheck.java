package vn.cchc.planimport.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded DOCX as the ZIP it is before POI does, so that a ZIP bomb is refused after at most 25 MB of
 * inflating instead of filling the memory: more than 25 MB unpacked, more than 1,000 parts, or a package that
 * inflates more than 100 times its size (real plans inflate 3–10 times). The same idea as the documents
 * module's template check, kept here because that one also judges template-only concerns (macros, fields).
 */
final class DocxZipCheck {

    static final long MAX_UNPACKED_BYTES = 25L * 1024 * 1024;
    static final int MAX_PARTS = 1000;
    static final int MAX_INFLATE_RATIO = 100;

    private DocxZipCheck() {
    }

    /**
     * Walks the ZIP once, within the limits (a bomb is refused as too big), and answers whether it holds
     * word/document.xml, i.e. is a Word document. A ZIP that breaks before that part is simply not one; a Word
     * document that breaks after it is a broken DOCX.
     */
    static boolean check(byte[] bytes) {
        long allowed = Math.min(MAX_UNPACKED_BYTES, (long) bytes.length * MAX_INFLATE_RATIO);
        long unpacked = 0;
        int parts = 0;
        boolean word = false;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                word |= entry.getName().equals("word/document.xml");
                if (++parts > MAX_PARTS) {
                    throw tooBig();
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > allowed) {
                        throw tooBig();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            if (word) {
                throw new ImportRefused("planimport.refused.brokenDocx");
            }
            return false;
        }
        return word;
    }

    private static ImportRefused tooBig() {
        return new ImportRefused("planimport.refused.docxTooBig", MAX_UNPACKED_BYTES / (1024 * 1024));
    }
}
