package vn.cchc.dossier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import vn.cchc.dossier.importing.DossierImporter;
import vn.cchc.dossier.importing.ImportJobs;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.PageVersions;
import vn.cchc.shared.FileNames;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.TooLarge;

/**
 * Receives import files: streams the upload to a private temporary file (refusing it past the size limit), records
 * a job, and runs the import on a single background worker so that one commune's big file never runs twice at
 * once and the page can poll the job's progress. The temporary file is deleted when the job ends.
 */
@Service
public class DossierImports {

    private static final Logger log = LoggerFactory.getLogger(DossierImports.class);

    private final DossierImporter importer;
    private final ImportJobs jobs;
    private final OneStopAccess access;
    private final ApplicationEventPublisher events;
    private final PageVersions pages;
    private final Clock clock;
    private final Path directory;
    private final long maxBytes;
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "dossier-import");
        t.setDaemon(true);
        return t;
    });
    private final MeterRegistry metrics;
    private final Duration shutdownWait;

    DossierImports(DossierImporter importer, ImportJobs jobs, OneStopAccess access, ApplicationEventPublisher events,
                   PageVersions pages, Clock clock,
                   @Value("${cchc.dossier.import-dir:${java.io.tmpdir}/cchc-imports}") Path directory,
                   @Value("${cchc.dossier.max-import-size:300MB}") DataSize maxSize, MeterRegistry metrics,
                   @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownWait) {
        this.metrics = metrics;
        this.shutdownWait = shutdownWait;
        this.importer = importer;
        this.jobs = jobs;
        this.access = access;
        this.events = events;
        this.pages = pages;
        this.clock = clock;
        this.directory = directory;
        this.maxBytes = maxSize.toBytes();
    }

    @EventListener(ApplicationReadyEvent.class)
    void abandonInterruptedJobs() {
        int n = jobs.abandonUnfinished(clock.instant());
        if (n > 0) {
            log.warn("{} dossier import(s) were interrupted by a restart and changed nothing", n);
        }
    }

    /**
     * At shutdown (after the web server has finished its requests): queued imports are dropped (their jobs read
     * "interrupted by a restart" at the next start), the running one gets the shutdown phase's time to finish, then
     * is interrupted; its transaction rolls back, so the ledger is as before it.
     */
    @PreDestroy
    void stop() {
        worker.getQueue().clear();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A dossier import still running at shutdown was stopped; it changed nothing");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the upload and queues its import; returns the job id at once. */
    public long submit(CurrentUser user, String fileName, InputStream body) {
        Received file = receive(user, fileName, body);
        long communeId = user.requireCommune();
        // the import's log lines carry the request id of the upload that started it
        java.util.Map<String, String> logContext = MDC.getCopyOfContextMap();
        worker.submit(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                runAndClean(file.jobId, communeId, file.path);
            } finally {
                MDC.clear();
            }
        });
        return file.jobId;
    }

    /** Stores the upload and imports it before returning (tests, demo data, benchmarks). */
    public ImportJob importNow(CurrentUser user, String fileName, InputStream body) {
        Received file = receive(user, fileName, body);
        runAndClean(file.jobId, user.requireCommune(), file.path);
        return job(user, file.jobId);
    }

    /**
     * Imports rows a machine client pushed (the REST API, already checked for its scope) before returning, through the
     * same importer and rules as a file: all or nothing. The job is recorded under the user who created the client's key.
     */
    public ImportJob importFromClient(long communeId, long onBehalfOf, String fileName, InputStream body) {
        Received file = receive(communeId, onBehalfOf, fileName, body);
        runAndClean(file.jobId, communeId, file.path);
        return jobs.find(communeId, file.jobId).orElseThrow();
    }

    /** The import that last changed the commune's ledger (the public site's figures are refreshed from then). */
    public java.util.Optional<LedgerChange> lastImport(long communeId) {
        return jobs.lastDone(communeId);
    }

    public ImportJob job(CurrentUser user, long id) {
        return jobs.find(user.requireCommune(), id).orElseThrow(() -> new NotFoundException("dossier import", id));
    }

    public List<ImportJob> recent(CurrentUser user) {
        return jobs.recent(user.requireCommune(), 20);
    }

    /** Failed imports not yet redone, for those who may import (others cannot act on them): empty otherwise. */
    public List<ImportJob> failedToRedo(CurrentUser user) {
        return access.canManage(user) ? jobs.failedSinceLastSuccess(user.requireCommune(), 5) : List.of();
    }

    private record Received(long jobId, Path path) {
    }

    private Received receive(CurrentUser user, String fileName, InputStream body) {
        access.requireManage(user);
        return receive(user.requireCommune(), user.id(), fileName, body);
    }

    private Received receive(long communeId, long userId, String fileName, InputStream body) {
        String name = FileNames.sanitise(fileName);
        if (name.isEmpty()) {
            throw InvalidInput.of("file", "dossier.import.noFile");
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".csv") || lower.endsWith(".xlsx") || lower.endsWith(".txt"))) {
            throw InvalidInput.of("file", "dossier.import.type", name);
        }
        Path path = null;
        try {
            Files.createDirectories(directory);
            path = Files.createTempFile(directory, "import-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), sha)) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = body.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge("dossier.import.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
            long id = jobs.create(communeId, name, size, HexFormat.of().formatHex(sha.digest()), userId);
            return new Received(id, path);
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    private void runAndClean(long jobId, long communeId, Path path) {
        long started = System.nanoTime();
        String outcome = "failed";
        try {
            DossierImporter.Outcome done = importer.run(jobId, communeId, path);
            outcome = "done";
            countRows(done);
            events.publishEvent(new LedgerImported(communeId));
        } catch (DossierImporter.Rejected | InvalidInput e) {
            outcome = "refused";
            log.debug("Import {} refused: {}", jobId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} failed", jobId, e);
        } finally {
            Timer.builder("cchc.dossier.import").description("One-stop dossier imports, by outcome")
                    .tag("outcome", outcome).register(metrics).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            deleteQuietly(path);
            pages.changed(communeId);  // done, refused or failed: the job's state shows on the inbox and lists
        }
    }

    private void countRows(DossierImporter.Outcome done) {
        metrics.counter("cchc.dossier.import.rows", "kind", "read").increment(done.rows());
        metrics.counter("cchc.dossier.import.rows", "kind", "inserted").increment(done.inserted());
        metrics.counter("cchc.dossier.import.rows", "kind", "updated").increment(done.updated());
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.warn("Could not delete {}", path, e);
            }
        }
    }
}
