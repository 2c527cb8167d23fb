package vn.cchc.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.cchc.shared.Sha256;

/** Copies of an archive with one entry changed: with the old checksums kept (tampering) or recomputed. */
final class ArchiveZips {

    private ArchiveZips() {
    }

    static Path changed(Path archive, String entry, UnaryOperator<byte[]> change, boolean recomputeSums)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        if (!entries.containsKey(entry)) {
            throw new IllegalArgumentException("no entry " + entry);
        }
        entries.put(entry, change.apply(entries.get(entry)));
        if (recomputeSums) {
            StringBuilder sums = new StringBuilder();
            entries.forEach((name, bytes) -> {
                if (!name.equals(Manifest.CHECKSUMS)) {
                    sums.append(Sha256.hex(bytes)).append("  ").append(name).append('\n');
                }
            });
            entries.put(Manifest.CHECKSUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path copy = Files.createTempFile("cchc-archive-", ".zip");
        try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return copy;
    }

    static UnaryOperator<byte[]> text(UnaryOperator<String> change) {
        return bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Flips one bit in the middle of the entry. */
    static byte[] flipOneBit(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 1;
        return copy;
    }
}
