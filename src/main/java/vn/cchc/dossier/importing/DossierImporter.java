package vn.cchc.dossier.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.DossierRules;
import vn.cchc.dossier.ImportJob;
import vn.cchc.dossier.indicators.RollupTally;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.timeliness.Timeliness;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.VietnamTime;

/**
 * Imports a one-stop export into the commune's ledger in one transaction, under the commune's lock: rows are parsed,
 * judged and streamed with binary COPY ({@link CopyPipe}) into a temporary table; if any row is bad the whole file is
 * refused with every bad line listed (up to {@value ImportRun#MAX_ERRORS}); otherwise the ledger is upserted by
 * dossier code (a row identical to the stored one is left alone, so the same file twice changes nothing) and the
 * monthly rollups of the touched months are rebuilt. A commune's first load skips the temporary table: its rows go
 * straight into the ledger and its rollups are counted as they are written (docs/import-performance.md).
 */
@Service
public class DossierImporter {

    private static final Logger log = LoggerFactory.getLogger(DossierImporter.class);

    private final TransactionTemplate transaction;
    private final ProcedureCatalogue catalogue;
    private final ColumnMappings mappings;
    private final Rollups rollups;
    private final StagedLedger ledger;
    private final ImportJobs jobs;
    private final WorkingCalendars calendars;
    private final DossierRules rules;
    private final OrgDirectory directory;
    private final Clock clock;
    private final LocalTime appointmentTime;

    DossierImporter(PlatformTransactionManager transactions,
                    ProcedureCatalogue catalogue, ColumnMappings mappings, Rollups rollups, StagedLedger ledger,
                    ImportJobs jobs,
                    WorkingCalendars calendars, DossierRules rules, OrgDirectory org, Clock clock,
                    @Value("${cchc.calendar.afternoon-end:17:00}") LocalTime appointmentTime) {
        this.transaction = new TransactionTemplate(transactions);
        this.catalogue = catalogue;
        this.mappings = mappings;
        this.rollups = rollups;
        this.ledger = ledger;
        this.jobs = jobs;
        this.calendars = calendars;
        this.rules = rules;
        this.directory = org;
        this.clock = clock;
        this.appointmentTime = appointmentTime;
    }

    /** What an import did. */
    public record Outcome(long rows, int inserted, int updated) {
    }

    /** Imports the file for a job that was created beforehand; the job row records the result either way. */
    public Outcome run(long jobId, long communeId, Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ImportRun staging = new ImportRun(jobs, jobId, size);
        try {
            Outcome outcome = transaction.execute(s -> importInTransaction(communeId, file, staging, s));
            jobs.done(jobId, outcome.rows(), outcome.inserted(), outcome.updated(), clock.instant());
            return outcome;
        } catch (Rejected r) {
            jobs.rejected(jobId, staging.rows, r.count, r.errors, "dossier.import.rejected", clock.instant());
            throw r;
        } catch (InvalidInput e) {
            InvalidInput.Problem p = e.problems().get(0);
            List<String> args = p.args() == null ? List.of()
                    : java.util.Arrays.stream(p.args()).map(String::valueOf).toList();
            jobs.rejected(jobId, staging.rows, 1, List.of(new ImportJob.RowError(0, p.messageKey(), args)),
                    "dossier.import.fileRejected", clock.instant());
            throw e;
        } catch (RuntimeException e) {
            jobs.failed(jobId, "dossier.import.failed", clock.instant());
            throw e;
        }
    }

    /** Thrown to roll the import back when rows were refused. */
    public static final class Rejected extends RuntimeException {
        final int count;
        final List<ImportJob.RowError> errors;

        Rejected(int count, List<ImportJob.RowError> errors) {
            super("Rows refused: " + count, null, false, false);
            this.count = count;
            this.errors = errors;
        }
    }

    private Outcome importInTransaction(long communeId, Path file, ImportRun staging, TransactionStatus status) {
        long started = System.nanoTime();
        ledger.lock(communeId);
        Reading reading = new Reading(communeId, file, staging);
        if (ledger.isEmpty(communeId)) {
            // A first load goes straight into the ledger: no staging table to fill, check and copy again. A repeated
            // code breaks the ledger's key; the staged path below then lists every repeat with its lines.
            Object savepoint = status.createSavepoint();
            try {
                return firstLoad(communeId, reading, started);
            } catch (StagedLedger.RepeatedCodes e) {
                status.rollbackToSavepoint(savepoint);
                staging.restart();
            }
        }
        ledger.openStage();
        StagingWriter writer = reading.into(null, null, ledger::copyIntoStage);
        long read = System.nanoTime();
        ledger.analyzeStage();
        refuseDuplicates();
        jobs.progress(staging.jobId, "SAVING", 92, staging.rows);
        catalogue.addUnknown(communeId, List.copyOf(writer.facts.unknownProcedures.values()));
        ledger.refuseForeignUnits(communeId, writer.facts.unitIds);
        ledger.keepRecordedApologies(communeId);
        long checked = System.nanoTime();
        StagedLedger.Upserted upserted = ledger.upsert(communeId);
        log.debug("Import into commune {}: checks {} ms, upsert {} ms", communeId, (checked - read) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        long saved = System.nanoTime();
        if (upserted.firstChange() != null) {
            rebuildRollups(communeId, staging, upserted.firstChange(), writer.facts.lastMoment);
        }
        log.info("Import of {} rows into commune {}: read and staged in {} ms, saved in {} ms, rollups in {} ms",
                staging.rows, communeId, (read - started) / 1_000_000, (saved - read) / 1_000_000,
                (System.nanoTime() - saved) / 1_000_000);
        return new Outcome(staging.rows, upserted.inserted(), upserted.updated());
    }

    /** A commune's first load: every row is new, so the file's own facts stand for the staged checks. */
    private Outcome firstLoad(long communeId, Reading reading, long started) {
        YearMonth current = YearMonth.from(VietnamTime.today(clock));
        RollupTally tally = new RollupTally(current);
        StagingWriter writer = reading.into(communeId, tally, ledger::copyIntoLedger);
        long read = System.nanoTime();
        jobs.progress(reading.staging.jobId, "SAVING", 92, reading.staging.rows);
        catalogue.addUnknown(communeId, List.copyOf(writer.facts.unknownProcedures.values()));
        ledger.refuseForeignUnits(communeId, writer.facts.unitIds);
        long saved = System.nanoTime();
        jobs.progress(reading.staging.jobId, "ROLLUP", 96, reading.staging.rows);
        rollups.replace(communeId, YearMonth.from(VietnamTime.date(writer.facts.firstReceived)),
                lastRolledUp(writer.facts.lastMoment, current), current, tally);
        log.info("First load of {} rows into commune {}: read and written to the ledger in {} ms, checked in {} ms, "
                        + "rollups in {} ms", reading.staging.rows, communeId, (read - started) / 1_000_000,
                (saved - read) / 1_000_000, (System.nanoTime() - saved) / 1_000_000);
        return new Outcome(reading.staging.rows, (int) reading.staging.rows, 0);
    }

    private void rebuildRollups(long communeId, ImportRun staging, Instant firstChange, Instant lastMoment) {
        // A direct call, not an event: the rollups must change in this transaction, under the commune's lock, so
        // no reader ever sees the new ledger with the old rollups; both live in this module.
        jobs.progress(staging.jobId, "ROLLUP", 96, staging.rows);
        YearMonth current = YearMonth.from(VietnamTime.today(clock));
        rollups.rebuild(communeId, YearMonth.from(VietnamTime.date(firstChange)), lastRolledUp(lastMoment, current),
                current);
    }

    /** Rollups run to the running month, or further when the file has receipts or ends after it. */
    private static YearMonth lastRolledUp(Instant lastMoment, YearMonth current) {
        YearMonth last = YearMonth.from(VietnamTime.date(lastMoment));
        return last.isAfter(current) ? last : current;
    }

    /** What reading a file needs, gathered once for either path. */
    private final class Reading {
        final ImportRun staging;
        private final Path file;
        private final Timeliness timeliness;
        private final Map<String, Procedure> procedures;
        private final ExportUnits units;
        private final ColumnMapping mapping;

        Reading(long communeId, Path file, ImportRun staging) {
            this.file = file;
            this.staging = staging;
            this.timeliness = new Timeliness(calendars.of(directory.commune(communeId).provinceId()), rules);
            this.procedures = catalogue.byCode(communeId);
            this.units = new ExportUnits(directory.units(communeId));
            this.mapping = mappings.of(communeId);
        }

        /** Reads the whole file through a COPY; refuses it, storing nothing, if a row or the file is wrong. */
        StagingWriter into(Long ledgerCommune, RollupTally tally,
                           java.util.function.BiConsumer<CopyPipe.Producer, BooleanSupplier> copy) {
            StagingWriter[] writer = new StagingWriter[1];
            copy.accept(rows -> {
                writer[0] = new StagingWriter(mapping, rows, ledgerCommune, tally, timeliness, procedures, units, staging,
                        appointmentTime);
                RowRelay.read(file, staging::bytes, writer[0]);
            }, () -> staging.errorCount == 0 && writer[0].sawHeader && staging.rows > 0);
            if (staging.errorCount > 0) {
                throw new Rejected(staging.errorCount, staging.errors);
            }
            if (!writer[0].sawHeader) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
            if (staging.rows == 0) {
                throw InvalidInput.of("file", "dossier.import.noRows");
            }
            return writer[0];
        }
    }

    private void refuseDuplicates() {
        StagedLedger.Duplicates duplicates = ledger.duplicates(ImportRun.MAX_ERRORS);
        if (duplicates.count() > 0) {
            throw new Rejected(duplicates.count(), duplicates.first());
        }
    }
}
