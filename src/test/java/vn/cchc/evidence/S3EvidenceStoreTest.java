package vn.cchc.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The evidence store on S3-compatible storage, against S3Proxy in this JVM (jclouds' in-memory store behind the S3
 * protocol, signature v4 as with AWS): the same guarantees as on the disk.
 */
class S3EvidenceStoreTest {

    static final String BUCKET = "cchc-evidence";
    static S3Proxy proxy;
    static String endpoint;

    @TempDir Path root;
    S3Client s3;
    FileStore store;

    @BeforeAll
    static void startS3() throws Exception {
        BlobStoreContext memory = ContextBuilder.newBuilder("transient").credentials("id", "secret")
                .build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(memory.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret-key")
                // it refuses x-amz headers it does not know, and may not know the SHA-256 checksum header
                .ignoreUnknownHeaders(true).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client admin = client()) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        proxy.stop();
    }

    static S3Client client() {
        return EvidenceStorage.client(endpoint, "us-east-1", "access", "secret-key", true);
    }

    @BeforeEach
    void store() throws IOException {
        s3 = client();
        store = new FileStore(root, new S3Blobs(s3, BUCKET, "evidence/"));
    }

    private String put(String text) throws IOException {
        try (FileStore.Staged staged = store.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                1024)) {
            store.commit(staged);
            return staged.sha256();
        }
    }

    private long objects() {
        return s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().size();
    }

    @Test
    void aCommittedFileIsOneObjectUnderItsChecksumAndNothingStaysInTheStagingDirectory() throws Exception {
        long before = objects();
        String sha = put("Quyết định 12/QĐ-UBND");

        // SHA-256 of the UTF-8 text, computed by sha256sum
        assertThat(sha).isEqualTo("73891f0c9b17756ba936db5cfe80949546d180f5b963982287388618862ffd73");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("evidence/" + sha.substring(0, 2) + "/"
                + sha.substring(2, 4) + "/" + sha)).asUtf8String()).isEqualTo("Quyết định 12/QĐ-UBND");
        assertThat(objects()).isEqualTo(before + 1);
        try (Stream<Path> parts = Files.list(store.tmpDirectory())) {
            assertThat(parts).isEmpty();
        }
    }

    @Test
    void theSameContentTwiceIsStoredOnce() throws Exception {
        long before = objects();
        String first = put("Báo cáo tháng 3");
        String second = put("Báo cáo tháng 3");

        assertThat(second).isEqualTo(first);
        assertThat(objects()).isEqualTo(before + 1);
    }

    @Test
    void aFileIsReadBackVerifiedAndServedFromTheLocalCopyAfterwards() throws Exception {
        String sha = put("Biên bản kiểm tra");

        Path file = store.verified(sha);
        assertThat(Files.readString(file)).isEqualTo("Biên bản kiểm tra");
        ByteArrayOutputStream copied = new ByteArrayOutputStream();
        new EvidenceArchive(store, null).copyTo(sha, copied); // the backup's read; it needs no database for this
        assertThat(copied.toByteArray()).isEqualTo("Biên bản kiểm tra".getBytes(StandardCharsets.UTF_8));
        assertThat(file).isEqualTo(store.pathOf(sha));
    }

    @Test
    void anObjectWhoseBytesNoLongerMatchItsChecksumIsRefusedAndNotKept() throws Exception {
        String sha = put("Tờ trình số 5");
        s3.putObject(b -> b.bucket(BUCKET).key("evidence/" + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha),
                RequestBody.fromString("Tờ trình số 6"));

        assertThatThrownBy(() -> store.verified(sha)).isInstanceOf(FileStore.CorruptFile.class);
        assertThat(store.pathOf(sha)).doesNotExist();
    }

    @Test
    void aMissingObjectIsRefusedLikeACorruptOne() {
        String absent = "0".repeat(64);

        assertThatThrownBy(() -> store.verified(absent)).isInstanceOf(FileStore.CorruptFile.class);
        try (Stream<Path> parts = Files.list(store.tmpDirectory())) {
            assertThat(parts).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void healthIsUpWhenTheBucketAnswersAndDownWhenItDoesNot() throws IOException {
        var up = new EvidenceStoreHealthIndicator(store, DataSize.ofBytes(1)).health();
        assertThat(up.getStatus()).isEqualTo(Status.UP);
        assertThat(up.getDetails()).containsEntry("store", "s3").containsEntry("bucket", BUCKET);

        FileStore noBucket = new FileStore(root, new S3Blobs(s3, "no-such-bucket", ""));
        assertThat(new EvidenceStoreHealthIndicator(noBucket, DataSize.ofBytes(1)).health().getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void localHealthIsDownWithLessFreeSpaceThanRequired() throws IOException {
        FileStore local = new FileStore(root);
        assertThat(new EvidenceStoreHealthIndicator(local, DataSize.ofBytes(1)).health().getStatus())
                .isEqualTo(Status.UP);
        assertThat(new EvidenceStoreHealthIndicator(local, DataSize.ofTerabytes(1_000_000)).health().getStatus())
                .isEqualTo(Status.DOWN);
    }
}
