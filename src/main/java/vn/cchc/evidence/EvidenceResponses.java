package vn.cchc.evidence;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An evidence file as a download, the same from every page that offers it: its type, size, name and checksum. */
public final class EvidenceResponses {

    private EvidenceResponses() {
    }

    public static ResponseEntity<Resource> attachment(EvidenceService.Download download) {
        EvidenceDocument doc = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.fileType().mediaType()))
                .contentLength(doc.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + doc.sha256() + "\"")
                .body(new FileSystemResource(download.file()));
    }
}
