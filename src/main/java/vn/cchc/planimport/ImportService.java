package vn.cchc.planimport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.plan.PlanImports;
import vn.cchc.planimport.read.PlanReader;
import vn.cchc.planimport.read.ReadContext;
import vn.cchc.planimport.read.UnitName;
import vn.cchc.planimport.source.ImportRefused;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceReader;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.FileNames;
import vn.cchc.shared.Formats;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Sha256;
import vn.cchc.shared.TooLarge;
import vn.cchc.shared.UploadedFile;
import vn.cchc.shared.VietnamTime;

/**
 * The import's steps: read an upload or pasted text into a draft (stored only when it is a plan), keep the
 * reviewer's edits, and create the plan from the included rows. Drafts belong to a commune and are open to its plan
 * editors; a draft of another commune does not exist for them (404).
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final DraftRepository drafts;
    private final PlanImports plans;
    private final OrgDirectory org;
    private final IndicatorReadings indicators;
    private final Clock clock;
    private final long maxBytes;
    private final MeterRegistry metrics;

    ImportService(DraftRepository drafts, PlanImports plans, OrgDirectory org, IndicatorReadings indicators,
                  Clock clock, @Value("${cchc.planimport.max-size:10MB}") DataSize maxSize, MeterRegistry metrics) {
        this.metrics = metrics;
        this.drafts = drafts;
        this.plans = plans;
        this.org = org;
        this.indicators = indicators;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the file, else the pasted text, and stores the draft; refuses (storing nothing) what is over the size
     * limit (TooLarge), missing, unreadable or not a plan (InvalidInput: the reader's notices follow the refusal).
     * The same bytes sent again by the same user while their draft is open lead back to that draft.
     */
    public long start(CurrentUser user, UploadedFile file, String text) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            long id = read(user, file, text);
            outcome = "draft";
            return id;
        } catch (InvalidInput | TooLarge e) {
            outcome = "refused";
            throw e;
        } finally {
            Timer.builder("cchc.plan.import").description("Plan documents read into a draft, by outcome")
                    .tag("outcome", outcome).register(metrics).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private long read(CurrentUser user, UploadedFile file, String text) {
        PlanImports.requireEditor(user);
        long communeId = user.requireCommune();
        Upload upload = upload(file, text);
        String sha256 = Sha256.hex(upload.bytes());
        Optional<Long> open = drafts.openWithContent(communeId, user.id(), sha256);
        if (open.isPresent()) {
            return open.get(); // the same document sent again (a double click, a reload): its draft, edits and all
        }
        SourceDocument document;
        try {
            document = SourceReader.read(upload.bytes(), upload.fileName());
        } catch (ImportRefused e) {
            throw InvalidInput.of(upload.fileName() == null ? "text" : "file", e.messageKey(), e.args());
        }
        ImportDraft draft;
        try {
            draft = PlanReader.read(document, context(communeId));
        } catch (RuntimeException e) {
            // A document the reader trips over is the reader's bug to fix, not the user's: a message, not a 500.
            log.warn("The plan reader failed on a {} of {} lines", document.kind(), document.lines().size(), e);
            throw InvalidInput.of(null, "planimport.readFailed");
        }
        if (draft.tasks().isEmpty() && draft.targets().isEmpty()) {
            // The headline alone: the reader's notices are written for the review page ("nothing found", "enter the
            // title"), so on the refused start page they repeat the headline or ask for fields it does not have.
            throw InvalidInput.of(null, "planimport.notAPlan");
        }
        metrics.counter("cchc.plan.import.rows", "kind", "task").increment(draft.tasks().size());
        metrics.counter("cchc.plan.import.rows", "kind", "target").increment(draft.targets().size());
        return drafts.insert(communeId, user.id(), clock.instant(),
                new DraftRepository.Source(document.kind(), upload.fileName(), upload.bytes(), sha256),
                draft);
    }

    /** The bytes to read and the file's name (none for pasted text), within the size limit. */
    private record Upload(String fileName, byte[] bytes) {
    }

    private Upload upload(UploadedFile file, String text) {
        if (file != null) {
            if (file.size() > maxBytes) {
                throw new TooLarge("planimport.start.tooLarge", Formats.megabytes(maxBytes));
            }
            String name = FileNames.sanitise(file.originalName());
            if (file.isEmpty()) {
                throw InvalidInput.of("file", "upload.empty", name);
            }
            return new Upload(name.isEmpty() ? null : name, file.bytes());
        }
        if (Texts.blank(text)) {
            throw InvalidInput.of("text", "planimport.start.nothing");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) {
            throw new TooLarge("planimport.start.tooLarge", Formats.megabytes(maxBytes));
        }
        return new Upload(null, bytes);
    }

    /** What the reader knows of the commune: its active units, this year, today, the indicators a target can use. */
    ReadContext context(long communeId) {
        LocalDate today = VietnamTime.today(clock);
        List<UnitName> units = org.activeUnits(communeId).stream()
                .map(u -> new UnitName(u.id(), u.name(), u.shortName(), u.kind(), u.standingAgency())).toList();
        return new ReadContext(units, today.getYear(), today,
                indicators.options().stream().map(IndicatorReadings.Option::code).toList());
    }

    public List<DraftSummary> openDrafts(CurrentUser user) {
        PlanImports.requireEditor(user);
        return drafts.open(user.requireCommune());
    }

    /** A draft of the user's commune, for a plan editor (403 for other roles, 404 for another commune's id). */
    public StoredDraft draft(CurrentUser user, long id) {
        PlanImports.requireEditor(user);
        return drafts.find(user.requireCommune(), id).orElseThrow(() -> new NotFoundException("import draft", id));
    }

    /** The review form as last saved, or as the reader found the plan. */
    public ReviewForm review(StoredDraft draft) {
        return draft.review() != null ? draft.review() : ReviewForm.of(draft.draft(), VietnamTime.today(clock).getYear());
    }

    /** The stored review with a post's edits and merges applied, not yet saved. */
    public ReviewForm edited(StoredDraft draft, ReviewForm posted) {
        ReviewForm form = review(draft);
        form.edit(posted);
        return form;
    }

    @Transactional
    public void save(CurrentUser user, long id, ReviewForm edited) {
        StoredDraft draft = openForUpdate(user, id);
        drafts.saveReview(draft.communeId(), id, edited, clock.instant());
    }

    @Transactional
    public void discard(CurrentUser user, long id) {
        StoredDraft draft = openForUpdate(user, id);
        drafts.close(draft.communeId(), id, StoredDraft.Status.DISCARDED, null, clock.instant());
    }

    /**
     * Creates the plan from the included rows and marks the draft created, in one transaction; a refused row
     * refuses all (InvalidInput named after the review's rows) and nothing is stored, the edits included.
     */
    @Transactional
    public long create(CurrentUser user, long id, ReviewForm edited) {
        StoredDraft draft = openForUpdate(user, id);
        PlanForms forms = PlanForms.of(edited, org.activeUnits(draft.communeId()).stream().map(Unit::id).toList());
        long planId;
        try {
            planId = plans.createImported(user, forms.plan(), forms.targets(), forms.tasks());
        } catch (InvalidInput e) {
            throw forms.onReviewRows(e);
        }
        drafts.saveReview(draft.communeId(), id, edited, clock.instant());
        drafts.close(draft.communeId(), id, StoredDraft.Status.CREATED, planId, clock.instant());
        return planId;
    }

    private StoredDraft openForUpdate(CurrentUser user, long id) {
        PlanImports.requireEditor(user);
        StoredDraft draft = drafts.lock(user.requireCommune(), id)
                .orElseThrow(() -> new NotFoundException("import draft", id));
        if (!draft.open()) {
            throw new Conflict("planimport.draft.closed." + draft.status().name());
        }
        return draft;
    }
}
