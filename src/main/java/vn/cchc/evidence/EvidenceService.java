package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.FileNames;
import vn.cchc.shared.Formats;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.UploadedFile;

/**
 * Evidence documents of a commune. Who reads what: the commune's coordinating roles (admin, chairman, standing
 * agency, viewer) read every document of the commune; a unit's head and staff read their own unit's documents.
 * Nobody outside the commune reads any: a foreign id answers 404, and there is no way in by checksum.
 */
@Service
public class EvidenceService {

    private final EvidenceRepository repository;
    private final FileStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    EvidenceService(EvidenceRepository repository, FileStore store, TransactionTemplate transaction, Clock clock,
                    @Value("${cchc.evidence.max-size:20MB}") DataSize maxSize) {
        this.repository = repository;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores an upload for the user's unit (a commune admin names the unit). The file is checked (type by content,
     * size) and durably in place before its row is written, so a failure at any step leaves nothing visible.
     */
    public EvidenceDocument upload(CurrentUser user, Long chosenUnitId, EvidenceForm meta, String originalName,
                                   InputStream content) {
        long communeId = user.requireCommune();
        long unitId = uploadingUnit(user, chosenUnitId);
        String fileName = FileNames.sanitise(originalName);
        if (fileName.isEmpty()) {
            throw InvalidInput.of(null, "upload.noFile");
        }
        FileType claimed = FileType.byExtension(fileName).orElseThrow(() ->
                InvalidInput.of(null, "upload.typeNotAllowed", fileName, FileType.allowedExtensions()));
        checkMetadata(meta);
        try (FileStore.Staged staged = store.stage(content, maxBytes)) {
            if (staged.size() == 0) {
                throw InvalidInput.of(null, "upload.empty", fileName);
            }
            FileType actual = FileType.detect(staged.path()).orElse(null);
            if (actual != claimed) {
                throw InvalidInput.of(null, "upload.typeMismatch", fileName, claimed.name());
            }
            store.commit(staged);
            if (meta.getTitle() == null || meta.getTitle().isBlank()) {
                meta.setTitle(FileNames.baseName(fileName));
            }
            long id = transaction.execute(status -> repository.insert(communeId, unitId, meta, fileName, actual,
                    staged.size(), staged.sha256(), user.id(), clock.instant()));
            return repository.find(communeId, id).orElseThrow();
        } catch (FileStore.TooLarge e) {
            throw InvalidInput.of(null, "upload.tooLarge", Formats.megabytes(maxBytes));
        } catch (IOException e) {
            throw new UploadInterrupted(e);
        }
    }

    /** An upload from a form; a missing file part is refused like an empty name. */
    public EvidenceDocument upload(CurrentUser user, Long chosenUnitId, EvidenceForm meta, UploadedFile file) {
        if (file == null) {
            throw InvalidInput.of(null, "upload.noFile");
        }
        try (InputStream in = file.content().open()) {
            return upload(user, chosenUnitId, meta, file.originalName(), in);
        } catch (IOException e) {
            throw new UploadInterrupted(e);
        }
    }

    /** A unit's own people file its evidence; the commune admin for any unit. A viewer or leader never uploads. */
    public boolean canUpload(CurrentUser user) {
        return user.role().belongsToUnit() && user.unitId() != null || user.role() == Role.COMMUNE_ADMIN;
    }

    private long uploadingUnit(CurrentUser user, Long chosenUnitId) {
        if (user.role().belongsToUnit() && user.unitId() != null
                && (chosenUnitId == null || chosenUnitId.equals(user.unitId()))) {
            return user.unitId();
        }
        if (user.role() == Role.COMMUNE_ADMIN && chosenUnitId != null) {
            return chosenUnitId;
        }
        throw new AccessDeniedException("upload evidence");
    }

    private static void checkMetadata(EvidenceForm meta) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (meta.getTitle() != null && meta.getTitle().length() > 300) {
            problems.add("title", "evidence.title.tooLong");
        }
        if (meta.getDocNumber() != null && meta.getDocNumber().length() > 80) {
            problems.add("docNumber", "evidence.docNumber.tooLong");
        }
        if (meta.getKind() == null) {
            meta.setKind(DocumentKind.KHAC);
        }
        problems.throwIfAny();
    }

    /** A document the user may read, else 404 (other commune) or 403 (another unit's document). */
    public EvidenceDocument document(CurrentUser user, long id) {
        EvidenceDocument doc = repository.find(user.requireCommune(), id)
                .orElseThrow(() -> new NotFoundException("evidence", id));
        if (!canRead(user, doc)) {
            throw new AccessDeniedException("evidence of another unit");
        }
        return doc;
    }

    /** The document and its checksum-verified file. Hidden documents stay readable: they may back a submitted report. */
    public Download open(CurrentUser user, long id) {
        EvidenceDocument doc = document(user, id);
        return new Download(doc, store.verified(doc.sha256()));
    }

    /**
     * A commune's document and its verified file for a module that has already checked the reader's right to it
     * (e.g. an appraiser reading the evidence a submitted PAR assessment cites).
     */
    public Download openCited(long communeId, long id) {
        EvidenceDocument doc = repository.find(communeId, id).orElseThrow(() -> new NotFoundException("evidence", id));
        return new Download(doc, store.verified(doc.sha256()));
    }

    /**
     * The stored file without reading it first, for a caller that copies it and checks its SHA-256 on the way (the
     * PAR evidence package reads each file once and flags a mismatch instead of failing).
     */
    public Download openUnverified(long communeId, long id) {
        EvidenceDocument doc = repository.find(communeId, id).orElseThrow(() -> new NotFoundException("evidence", id));
        return new Download(doc, store.local(doc.sha256()));
    }

    public static boolean canRead(CurrentUser user, EvidenceDocument doc) {
        if (user.communeId() == null || user.communeId() != doc.communeId()) {
            return false;
        }
        return user.coordinates() || (user.unitId() != null && user.unitId() == doc.unitId());
    }

    /** The library: visible documents the user may read, newest first. */
    public List<EvidenceDocument> library(CurrentUser user, Long unitFilter, String query) {
        Long unit = user.coordinates() ? unitFilter : user.unitId();
        if (unit == null && !user.coordinates()) {
            return List.of();
        }
        return repository.search(user.requireCommune(), unit, query, 500);
    }

    /** The commune's visible documents, newest first, for a machine client reading its metadata. */
    public List<EvidenceDocument> latest(long communeId, int limit) {
        return repository.search(communeId, null, "", limit);
    }

    /** Documents by id within a commune (e.g. those a report cites), whoever may download them. */
    public List<EvidenceDocument> documents(long communeId, Collection<Long> ids) {
        return repository.all(communeId, ids);
    }

    public boolean canHide(CurrentUser user, EvidenceDocument doc) {
        return user.role() == Role.COMMUNE_ADMIN || user.role() == Role.STANDING_AGENCY
                || (user.role() == Role.UNIT_HEAD && user.unitId() != null && user.unitId() == doc.unitId());
    }

    /** Hides a document from the library; the row, the file and every report that cites it stay. */
    public void hide(CurrentUser user, long id, String reason) {
        EvidenceDocument doc = document(user, id);
        if (!canHide(user, doc)) {
            throw new AccessDeniedException("hide evidence");
        }
        if (!doc.hidden()) {
            transaction.executeWithoutResult(s -> repository.hide(doc.communeId(), id, user.id(), clock.instant(), reason));
        }
    }

    public record Download(EvidenceDocument document, Path file) {
    }

    /** The upload stopped before its last byte (connection lost): nothing was kept. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    public static final class UploadInterrupted extends RuntimeException {
        UploadInterrupted(IOException cause) {
            super("upload interrupted", cause);
        }
    }
}
