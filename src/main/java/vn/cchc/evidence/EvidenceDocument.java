package vn.cchc.evidence;

import java.time.Instant;
import java.time.LocalDate;

/** An evidence document (tài liệu minh chứng): its metadata and the checksum of its stored file. */
public record EvidenceDocument(long id, long communeId, long unitId, String unitName, String title, String docNumber,
                               LocalDate docDate, String issuer, DocumentKind kind, String fileName, FileType fileType,
                               long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt, boolean hidden) {

    /** "Số 12/QĐ-UBND ngày 05/03/2025" style reference, as officials cite a document. */
    public boolean hasReference() {
        return docNumber != null || docDate != null;
    }
}
