package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.springframework.stereotype.Component;

/**
 * The stored bytes of evidence files by checksum, whichever store holds them (local disk or S3), for a module that
 * copies them whole (a backup) and has the checksums from evidence rows it may read. Every file is verified first.
 */
@Component
public class EvidenceContent {

    private final FileStore store;

    EvidenceContent(FileStore store) {
        this.store = store;
    }

    /** The file's bytes after its SHA-256 was checked; an unchecked exception when it is missing or changed. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(store.verified(sha256));
    }

    /** "local" or "s3": where committed files live. */
    public String storeKind() {
        return store.kind();
    }
}
