package vn.cchc.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Chooses where evidence files live ({@code cchc.evidence.store}): {@code local}, the directory
 * {@code cchc.evidence.root}, or {@code s3}, a bucket of any S3-compatible storage (AWS, MinIO, Ceph, Garage...). Uploads
 * are staged under {@code cchc.evidence.root} either way.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorage {

    @Bean
    FileStore fileStore(@Value("${cchc.evidence.root}") Path root,
                        @Value("${cchc.evidence.store:local}") String store,
                        @Value("${cchc.evidence.s3.endpoint:}") String endpoint,
                        @Value("${cchc.evidence.s3.region:us-east-1}") String region,
                        @Value("${cchc.evidence.s3.bucket:}") String bucket,
                        @Value("${cchc.evidence.s3.access-key:}") String accessKey,
                        @Value("${cchc.evidence.s3.secret-key:}") String secretKey,
                        @Value("${cchc.evidence.s3.path-style:true}") boolean pathStyle,
                        @Value("${cchc.evidence.s3.prefix:}") String prefix) throws IOException {
        switch (store.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "local" -> {
                return new FileStore(root);
            }
            case "s3" -> {
                if (!StringUtils.hasText(bucket)) {
                    throw new IllegalStateException("cchc.evidence.store=s3 needs cchc.evidence.s3.bucket "
                            + "(CCHC_EVIDENCE_S3_BUCKET)");
                }
                return new FileStore(root, new S3Blobs(client(endpoint, region, accessKey, secretKey, pathStyle),
                        bucket, prefix));
            }
            default -> throw new IllegalStateException("cchc.evidence.store must be local or s3, not '" + store + "'");
        }
    }

    /**
     * A client on the JDK's HTTP connection. Checksums only where the operation needs them: the SDK's default
     * (a CRC trailer on every upload) is not understood by every S3-compatible server; the store sends the SHA-256
     * itself and verifies every file it reads back.
     */
    static S3Client client(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StringUtils.hasText(accessKey)
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                        : DefaultCredentialsProvider.builder().build());
        if (StringUtils.hasText(endpoint)) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
