package vn.cchc.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.cchc.shared.Sha256;

/**
 * An archive whose every entry matched its checksum, with no entry missing or unlisted, and whose manifest is of
 * this format and schema version. Opening it reads every byte once; nothing is written anywhere.
 */
final class VerifiedArchive implements AutoCloseable {

    private final ZipFile zip;
    final Manifest manifest;

    private VerifiedArchive(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    static VerifiedArchive open(Path file, String schemaVersion) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArchiveRefused("backup.import.notZip");
        }
        try {
            VerifiedArchive archive = new VerifiedArchive(zip, verify(zip));
            Manifest m = archive.manifest;
            if (!Manifest.FORMAT.equals(m.format()) || m.formatVersion() != Manifest.VERSION) {
                throw new ArchiveRefused("backup.import.format", m.format() + " " + m.formatVersion());
            }
            if (!schemaVersion.equals(m.schemaVersion())) {
                throw new ArchiveRefused("backup.import.schema", m.schemaVersion(), schemaVersion);
            }
            return archive;
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Manifest verify(ZipFile zip) {
        Map<String, String> listed = checksums(zip);
        Set<String> seen = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.isDirectory() || entry.getName().equals(Manifest.CHECKSUMS)) {
                continue;
            }
            String expected = listed.get(entry.getName());
            if (expected == null || !seen.add(entry.getName())) {
                throw new ArchiveRefused("backup.import.unlisted", entry.getName());
            }
            if (!expected.equals(sha256(zip, entry))) {
                throw new ArchiveRefused("backup.import.checksum", entry.getName());
            }
        }
        listed.keySet().stream().filter(name -> !seen.contains(name)).findFirst().ifPresent(name -> {
            throw new ArchiveRefused("backup.import.missing", name);
        });
        Manifest manifest;
        try (InputStream in = zip.getInputStream(zip.getEntry(Manifest.MANIFEST))) {
            manifest = ArchiveJson.MAPPER.readValue(in, Manifest.class);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRefused("backup.import.manifest");
        }
        for (Manifest.FileEntry f : manifest.files()) {
            ZipEntry entry = zip.getEntry(Manifest.fileEntry(f.sha256()));
            if (entry == null || !f.sha256().equals(listed.get(entry.getName())) || entry.getSize() != f.size()) {
                throw new ArchiveRefused("backup.import.checksum", Manifest.fileEntry(f.sha256()));
            }
        }
        for (Manifest.TableEntry t : manifest.tables()) {
            if (zip.getEntry(t.entry()) == null) {
                throw new ArchiveRefused("backup.import.missing", t.entry());
            }
        }
        return manifest;
    }

    private static Map<String, String> checksums(ZipFile zip) {
        ZipEntry sums = zip.getEntry(Manifest.CHECKSUMS);
        if (sums == null || zip.getEntry(Manifest.MANIFEST) == null) {
            throw new ArchiveRefused("backup.import.missing", sums == null ? Manifest.CHECKSUMS : Manifest.MANIFEST);
        }
        Map<String, String> listed = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(zip.getInputStream(sums),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.matches("[0-9a-f]{64}  \\S.*")) {
                    throw new ArchiveRefused("backup.import.checksum", Manifest.CHECKSUMS);
                }
                listed.put(line.substring(66), line.substring(0, 64));
            }
        } catch (IOException e) {
            throw new ArchiveRefused("backup.import.checksum", Manifest.CHECKSUMS);
        }
        return listed;
    }

    private static String sha256(ZipFile zip, ZipEntry entry) {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new ArchiveRefused("backup.import.checksum", entry.getName());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** The lines (one JSON row each) of a table's entry. */
    BufferedReader rows(Manifest.TableEntry table) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(table.entry())),
                StandardCharsets.UTF_8), 1 << 16);
    }

    InputStream file(String sha256) throws IOException {
        return zip.getInputStream(zip.getEntry(Manifest.fileEntry(sha256)));
    }

    List<Manifest.TableEntry> entries(String part) {
        return manifest.tables().stream().filter(t -> t.part().equals(part)).toList();
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only file, nothing to lose
        }
    }
}
