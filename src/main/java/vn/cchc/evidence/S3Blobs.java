package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence files in a bucket of S3-compatible storage, under {@code prefix + ab/cd/<sha256>} like on the disk. A PUT
 * is atomic in S3 (an object appears whole or not at all), so no temporary object is needed; the SHA-256 goes with
 * it for the server to check; a file already there is not sent again (same key, same bytes).
 */
final class S3Blobs implements AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3Blobs(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
    }

    String key(String sha256) {
        return prefix + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    boolean contains(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    void put(String sha256, Path file, long size) {
        if (contains(sha256)) {
            return;
        }
        String checksum = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)).contentLength(size).checksumSHA256(checksum)
                .contentType("application/octet-stream"), RequestBody.fromFile(file));
    }

    /** Copies the object to {@code target} (replaced); the caller verifies the bytes. */
    void download(String sha256, Path target) throws IOException {
        try (InputStream in = s3.getObject(b -> b.bucket(bucket).key(key(sha256)))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Throws unless the bucket answers with these credentials. */
    void checkReachable() {
        s3.headBucket(b -> b.bucket(bucket));
    }

    String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        s3.close();
    }
}
