package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.shared.Sha256;

/**
 * Content-addressed file store: a file lives at {@code root/ab/cd/<sha256>} and is never overwritten. A write goes
 * to {@code root/tmp}, is fsynced, then moved into place atomically, so a crash leaves at most an invisible
 * temporary file, which a later start sweeps once it is an hour old (several instances may share the store).
 * Reads verify the checksum before any byte is served.
 * With S3-compatible storage ({@link S3Blobs}) the committed file goes to the bucket instead, and {@code root/ab/cd}
 * holds verified copies read back from it: a cache that may be deleted at any time.
 */
class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final Path root;
    private final Path tmp;
    private final S3Blobs remote;

    FileStore(Path root) throws IOException {
        this(root, null);
    }

    /** A store on the local disk ({@code remote} null) or on S3-compatible storage, staging under {@code root}. */
    FileStore(Path root, S3Blobs remote) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        this.remote = remote;
        Files.createDirectories(tmp);
        sweepInterruptedWrites();
    }

    private void sweepInterruptedWrites() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmp, "*.part")) {
            // an hour old at least: another instance on the same store may be writing a younger one (issue 20)
            java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                    java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
            for (Path part : leftovers) {
                if (Files.getLastModifiedTime(part).compareTo(hourAgo) < 0) {
                    Files.deleteIfExists(part);
                    log.info("Removed the unfinished upload {}", part.getFileName());
                }
            }
        }
    }

    /** Streams the content to a temporary file, hashing and counting it; refuses more than {@code maxBytes}. */
    Staged stage(InputStream content, long maxBytes) throws IOException {
        Path part = Files.createTempFile(tmp, "upload-", ".part");
        try {
            MessageDigest sha = Sha256.digest();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            return new Staged(part, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** Moves a staged file to its content address; an identical file already there is kept as it is. */
    void commit(Staged staged) throws IOException {
        if (remote != null) {
            remote.put(staged.sha256(), staged.path(), staged.size());
            staged.discard();
            return;
        }
        Path target = pathOf(staged.sha256());
        if (Files.exists(target)) {
            staged.discard();
            return;
        }
        Path shard = target.getParent();
        if (!Files.isDirectory(shard)) {
            // New shard directories must survive a power cut too: their entries are synced like the file's.
            Files.createDirectories(shard);
            forceDirectory(shard.getParent());
            forceDirectory(root);
        }
        Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(shard);
    }

    /** The verified file; a file whose bytes no longer match its address is refused, never served. */
    Path verified(String sha256) {
        Path file = local(sha256);
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = Sha256.digest();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                dropCachedCopy(file);
                throw new CorruptFile(sha256);
            }
            return file;
        } catch (IOException e) {
            throw new CorruptFile(sha256);
        }
    }

    /** The file on the local disk, unverified; from S3, fetched into the cache first (whole, or not at all). */
    Path local(String sha256) {
        Path file = pathOf(sha256);
        if (remote == null || Files.exists(file)) {
            return file;
        }
        try {
            Path part = Files.createTempFile(tmp, "fetch-", ".part");
            try {
                remote.download(sha256, part);
                Files.createDirectories(file.getParent());
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read evidence file {} from S3: {}", sha256, e.toString());
            throw new CorruptFile(sha256);
        }
    }

    /** A cached copy that no longer matches is fetched again next time; a local store's only copy is kept as is. */
    private void dropCachedCopy(Path file) {
        if (remote != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the cached copy {}", file, e);
            }
        }
    }

    /** Where committed files live: "local" or "s3". */
    String kind() {
        return remote == null ? "local" : "s3";
    }

    S3Blobs remote() {
        return remote;
    }

    Path root() {
        return root;
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path tmpDirectory() {
        return tmp;
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fully written, fsynced temporary file, not yet visible. Closing it without a commit deletes it. */
    record Staged(Path path, String sha256, long size) implements AutoCloseable {
        void discard() throws IOException {
            Files.deleteIfExists(path);
        }

        @Override
        public void close() throws IOException {
            discard();
        }
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("file over the limit", null, false, false);
        }
    }

    /** The stored bytes do not match their checksum (disk fault or tampering). */
    static final class CorruptFile extends RuntimeException {
        CorruptFile(String sha256) {
            super("stored file does not match its checksum: " + sha256);
        }
    }
}
