package vn.cchc.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.SearchText;
import vn.cchc.shared.VietnamTime;

/**
 * Imports a one-stop export into the commune's ledger in one transaction: rows are parsed, judged and streamed
 * into a temporary table with COPY; if any row is bad the whole file is refused with every bad line listed (up to
 * {@value #MAX_ERRORS}); otherwise the ledger is upserted by dossier code (a row identical to the stored one is
 * left alone, so the same file twice changes nothing) and the monthly rollups of the touched months are rebuilt.
 */
@Service
public class DossierImporter {

    static final int MAX_ERRORS = 200;
    private static final Logger log = LoggerFactory.getLogger(DossierImporter.class);
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    /** Ledger columns in COPY order; the same list drives the staging table, the upsert and its change test. */
    static final List<String> COLUMNS = List.of("code", "procedure_code", "procedure_name", "field", "unit_name", "unit_id",
            "officer", "channel", "online_level", "submitted_at", "received_at", "appointment_at", "finished_at",
            "returned_at", "pauses", "supplement_count", "fee", "paid_online", "digitised", "e_result", "reused_data",
            "apology_at", "rating", "due_at", "end_at", "clock_stopped_at", "forced_late", "outcome", "ack_late",
            "search_text", "applicant", "without_result");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
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

    DossierImporter(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
                    ProcedureCatalogue catalogue, ColumnMappings mappings, Rollups rollups, StagedLedger ledger,
                    ImportJobs jobs,
                    WorkingCalendars calendars, DossierRules rules, OrgDirectory org, Clock clock,
                    @Value("${cchc.calendar.afternoon-end:17:00}") LocalTime appointmentTime) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
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
        Staging staging = new Staging(jobId, size);
        try {
            Outcome outcome = transaction.execute(s -> importInTransaction(communeId, file, staging));
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
    static final class Rejected extends RuntimeException {
        final int count;
        final List<ImportJob.RowError> errors;

        Rejected(int count, List<ImportJob.RowError> errors) {
            super("Rows refused: " + count, null, false, false);
            this.count = count;
            this.errors = errors;
        }
    }

    private Outcome importInTransaction(long communeId, Path file, Staging staging) {
        long started = System.nanoTime();
        jdbc.sql("select pg_advisory_xact_lock(72410002, ?::int)").param((int) communeId).query().singleRow();
        jdbc.sql("create temp table dossier_stage on commit drop as select " + String.join(", ", COLUMNS)
                + " from dossier with no data").update();
        jdbc.sql("alter table dossier_stage add column line bigint").update();
        Timeliness timeliness = new Timeliness(calendars.of(directory.commune(communeId).provinceId()), rules);
        Map<String, Procedure> procedures = catalogue.byCode(communeId);
        UnitMatcher units = new UnitMatcher(directory.units(communeId));
        ColumnMapping mapping = mappings.of(communeId);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyRows copy = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI(),
                    "copy dossier_stage (" + String.join(", ", COLUMNS) + ", line) from stdin");
            RowWriter writer = new RowWriter(mapping, copy, timeliness, procedures, units, staging);
            TabularFile.read(file, staging::bytes, writer);
            if (staging.errorCount > 0) {
                copy.discard();
                throw new Rejected(staging.errorCount, staging.errors);
            }
            copy.finish();
            if (!writer.sawHeader) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        if (staging.rows == 0) {
            throw InvalidInput.of("file", "dossier.import.noRows");
        }
        long read = System.nanoTime();
        // A temporary table has no statistics until analysed; without them the joins below are planned blind.
        jdbc.sql("analyze dossier_stage").update();
        refuseDuplicates();
        jobs.progress(staging.jobId, "SAVING", 92, staging.rows);
        catalogue.addUnknownFromStage(communeId);
        ledger.refuseForeignUnits(communeId);
        ledger.keepRecordedApologies(communeId);
        long checked = System.nanoTime();
        StagedLedger.Upserted upserted = ledger.upsert(communeId);
        Instant firstChange = upserted.firstChange();
        log.debug("Import into commune {}: checks {} ms, upsert {} ms", communeId, (checked - read) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        long saved = System.nanoTime();
        if (firstChange != null) {
            jobs.progress(staging.jobId, "ROLLUP", 96, staging.rows);
            YearMonth current = YearMonth.from(VietnamTime.today(clock));
            YearMonth lastStaged = YearMonth.from(VietnamTime.date(jdbc.sql(
                    "select max(greatest(received_at, coalesce(end_at, received_at))) from dossier_stage")
                    .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).single().toInstant()));
            rollups.rebuild(communeId, YearMonth.from(VietnamTime.date(firstChange)),
                    lastStaged.isAfter(current) ? lastStaged : current, current);
        }
        log.info("Import of {} rows into commune {}: read and staged in {} ms, saved in {} ms, rollups in {} ms",
                staging.rows, communeId, (read - started) / 1_000_000, (saved - read) / 1_000_000,
                (System.nanoTime() - saved) / 1_000_000);
        return new Outcome(staging.rows, upserted.inserted(), upserted.updated());
    }

    private void refuseDuplicates() {
        List<ImportJob.RowError> duplicates = jdbc.sql("""
                select code, min(line) as first_line, max(line) as line from dossier_stage
                group by code having count(*) > 1 order by max(line) limit ?""").param(MAX_ERRORS)
                .query((rs, n) -> new ImportJob.RowError(rs.getLong("line"), "dossier.import.row.duplicate",
                        List.of(rs.getString("code"), String.valueOf(rs.getLong("first_line"))))).list();
        if (!duplicates.isEmpty()) {
            int count = jdbc.sql("select count(*) from (select code from dossier_stage group by code having count(*) > 1) x")
                    .query(Integer.class).single();
            throw new Rejected(count, duplicates);
        }
    }

    /** Counts, errors and throttled progress of one run. */
    private final class Staging {
        final long jobId;
        final long size;
        long rows;
        int errorCount;
        final List<ImportJob.RowError> errors = new ArrayList<>();
        private long lastReport = System.nanoTime();
        private long bytes;

        Staging(long jobId, long size) {
            this.jobId = jobId;
            this.size = size;
        }

        void bytes(long read) {
            bytes = read;
            report();
        }

        void row() {
            rows++;
            if ((rows & 0x3ff) == 0) {
                report();
            }
        }

        private void report() {
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_EVERY_NANOS) {
                lastReport = now;
                int percent = size == 0 ? 0 : (int) Math.min(90, bytes * 90 / size);
                jobs.progress(jobId, "READING", percent, rows);
            }
        }

        void error(long line, RowProblem p) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportJob.RowError(line, p.messageKey(),
                        java.util.Arrays.stream(p.args()).map(String::valueOf).toList()));
            }
        }
    }

    /** Parses, judges and stages each row. */
    private final class RowWriter implements TabularFile.RowSink {
        private final CopyRows copy;
        private final Timeliness timeliness;
        private final Map<String, Procedure> procedures;
        private final UnitMatcher units;
        private final Staging staging;
        private final ColumnMapping mapping;
        private RowParser parser;
        boolean sawHeader;

        RowWriter(ColumnMapping mapping, CopyRows copy, Timeliness timeliness, Map<String, Procedure> procedures,
                  UnitMatcher units, Staging staging) {
            this.mapping = mapping;
            this.copy = copy;
            this.timeliness = timeliness;
            this.procedures = procedures;
            this.units = units;
            this.staging = staging;
        }

        @Override
        public void header(List<String> cells) {
            sawHeader = true;
            Map<DossierField, Integer> columns = mapping.resolve(cells);
            List<String> missing = new ArrayList<>();
            for (DossierField f : DossierField.values()) {
                if (f.required() && !columns.containsKey(f)) {
                    missing.add(mapping.headerFor(f));
                }
            }
            if (!missing.isEmpty()) {
                throw InvalidInput.of("file", "dossier.import.missingColumns", String.join(", ", missing),
                        String.join(", ", cells));
            }
            parser = new RowParser(columns, appointmentTime);
        }

        @Override
        public void row(long line, List<String> cells) {
            staging.row();
            try {
                DossierFacts d = parser.parse(cells);
                Procedure procedure = procedures.get(d.procedureCode());
                Judgement j;
                try {
                    j = timeliness.judge(d, ProcedureCatalogue.days(procedure));
                } catch (Timeliness.NoDueDate e) {
                    throw new RowProblem("dossier.import.row.noDue", d.procedureCode());
                }
                if (staging.errorCount == 0) {
                    write(d, j, line);
                }
            } catch (RowProblem p) {
                staging.error(line, p);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void write(DossierFacts d, Judgement j, long line) throws SQLException {
            copy.text(d.code()).text(d.procedureCode()).text(d.procedureName()).text(d.field()).text(d.unitName())
                    .value(units.match(d.unitName())).text(d.officer()).text(String.valueOf(d.channel().code()))
                    .text(d.onlineLevel() == null ? null : String.valueOf(d.onlineLevel().code()))
                    .time(d.submittedAt()).time(d.receivedAt()).time(d.appointmentAt()).time(d.finishedAt())
                    .time(d.returnedAt()).text(PauseText.format(d.pauses())).value(d.supplementCount())
                    .value(d.fee().toPlainString()).value(d.paidOnline()).value(d.digitised()).value(d.eResult())
                    .value(d.reusedData()).time(d.apologyAt()).value(d.rating()).time(j.dueAt()).time(j.endAt())
                    .time(j.clockStoppedAt()).value(j.forcedLate()).value(j.outcome() == null ? null : j.outcome().code())
                    .value(j.ackLate())
                    .text(SearchText.key(d.code() + " " + d.procedureName() + " " + d.officer() + " " + d.unitName()
                            + (d.applicant().isEmpty() ? "" : " " + d.applicant())))
                    .text(d.applicant()).value(d.withoutResult()).value(line);
            copy.endRow();
        }
    }

    /** Finds the commune's unit an export names, by folded name or short name, the longest match winning. */
    static final class UnitMatcher {
        private final List<Unit> units;
        private static final long NONE = -1;
        private final Map<String, Long> cache = new HashMap<>();

        UnitMatcher(List<Unit> units) {
            this.units = units;
        }

        Long match(String text) {
            String key = SearchText.key(text);
            if (key.isEmpty()) {
                return null;
            }
            long id = cache.computeIfAbsent(key, k -> {
                Unit best = null;
                int bestLength = 0;
                for (Unit u : units) {
                    for (String name : List.of(SearchText.key(u.name()), SearchText.key(u.shortName()))) {
                        if (!name.isEmpty() && (k.equals(name) || k.contains(name)) && name.length() > bestLength) {
                            best = u;
                            bestLength = name.length();
                        }
                    }
                }
                return best == null ? NONE : best.id();
            });
            return id == NONE ? null : id;
        }
    }
}
