package vn.cchc.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Readiness of the evidence store ("evidenceStore"): uploads are staged on the local disk in every mode, so its
 * directory must take a file and keep {@code cchc.evidence.min-free-space} free; with S3 the bucket must answer too.
 */
@Component
class EvidenceStoreHealthIndicator implements HealthIndicator {

    private final FileStore store;
    private final long minFree;

    EvidenceStoreHealthIndicator(FileStore store,
                                 @Value("${cchc.evidence.min-free-space:512MB}") DataSize minFree) {
        this.store = store;
        this.minFree = minFree.toBytes();
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("store", store.kind());
        try {
            Path probe = Files.createTempFile(store.tmpDirectory(), "health-", ".part");
            Files.delete(probe);
            long free = Files.getFileStore(store.root()).getUsableSpace();
            health.withDetail("freeBytes", free).withDetail("minFreeBytes", minFree);
            if (free < minFree) {
                health.down().withDetail("problem", "less free space than cchc.evidence.min-free-space");
            }
        } catch (IOException | RuntimeException e) {
            return Health.down().withDetail("store", store.kind())
                    .withDetail("problem", "the evidence directory is not writable: " + e.getClass().getSimpleName())
                    .build();
        }
        S3Blobs remote = store.remote();
        if (remote != null) {
            health.withDetail("bucket", remote.bucket());
            try {
                remote.checkReachable();
            } catch (RuntimeException e) {
                health.down().withDetail("problem", "the bucket does not answer: " + e.getClass().getSimpleName());
            }
        }
        return health.build();
    }
}
