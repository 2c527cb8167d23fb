package vn.cchc.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.cchc.shared.Sha256;

/** Writes ZIP entries while hashing each, then the checksum list in {@code sha256sum} format as the last entry. */
final class ArchiveWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final Map<String, String> sums = new LinkedHashMap<>();
    private MessageDigest digest;
    private String current;

    ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Starts an entry; the returned stream must not be closed (it would close the ZIP). */
    OutputStream begin(String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        digest = Sha256.digest();
        current = name;
        return new FilterOutputStream(zip) {
            @Override
            public void write(int b) throws IOException {
                digest.update((byte) b);
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                digest.update(b, off, len);
                zip.write(b, off, len);
            }

            @Override
            public void close() {
                // the entry ends with end()
            }
        };
    }

    String end() throws IOException {
        zip.closeEntry();
        String sha = HexFormat.of().formatHex(digest.digest());
        sums.put(current, sha);
        return sha;
    }

    @Override
    public void close() throws IOException {
        zip.putNextEntry(new ZipEntry(Manifest.CHECKSUMS));
        StringBuilder text = new StringBuilder();
        sums.forEach((name, sha) -> text.append(sha).append("  ").append(name).append('\n'));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }
}
