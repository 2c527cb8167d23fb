package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The file store seen by content address only, for moving a commune's files between instances (the backup module):
 * copy a stored file out after checking it, and store bytes under their SHA-256. Whichever store backs the module,
 * callers never see its paths.
 */
@Component
public class EvidenceArchive {

    private final FileStore store;
    private final JdbcClient jdbc;

    EvidenceArchive(FileStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The content addresses of every evidence file of the commune, hidden documents' too. */
    public List<String> fileAddresses(long communeId) {
        return jdbc.sql("select distinct sha256 from evidence_document where commune_id = :c order by sha256")
                .param("c", communeId).query(String.class).list();
    }

    /** Writes the stored file's bytes after checking them against their address; a damaged file is refused. */
    public void copyTo(String sha256, OutputStream out) throws IOException {
        Files.copy(store.verified(sha256), out);
    }

    /**
     * Stores the bytes under their SHA-256, which must be the one expected: a mismatch stores nothing. Storing a
     * file already there is harmless (content-addressed).
     */
    public void store(InputStream content, String expectedSha256) throws IOException {
        try (FileStore.Staged staged = store.stage(content, Long.MAX_VALUE)) {
            if (!staged.sha256().equals(expectedSha256)) {
                throw new IOException("content does not match " + expectedSha256);
            }
            store.commit(staged);
        }
    }
}
