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

    /** True when the bytes are a ZIP holding word/document.xml, i.e. a Word document. */
    static boolean isDocx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    static void check(byte[] bytes) {
        long allowed = Math.min(MAX_UNPACKED_BYTES, (long) bytes.length * MAX_INFLATE_RATIO);
        long unpacked = 0;
        int parts = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
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
            throw new ImportRefused("planimport.refused.brokenDocx");
        }
    }

    private static ImportRefused tooBig() {
        return new ImportRefused("planimport.refused.docxTooBig", MAX_UNPACKED_BYTES / (1024 * 1024));
    }
}
