package vn.cchc.dossier.importing;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.dossier.ImportJob;

/** Counts, errors and throttled progress of one import run, reported to its job row. */
final class ImportRun {

    static final int MAX_ERRORS = 200;
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final ImportJobs jobs;
    final long jobId;
    final long size;
    long rows;
    int errorCount;
    final List<ImportJob.RowError> errors = new ArrayList<>();
    private long lastReport = System.nanoTime();
    private long bytes;

    ImportRun(ImportJobs jobs, long jobId, long size) {
        this.jobs = jobs;
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

    /** Forgets the counts of an attempt that was rolled back, before the file is read again. */
    void restart() {
        rows = 0;
        errorCount = 0;
        errors.clear();
    }

    void error(long line, RowProblem p) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportJob.RowError(line, p.messageKey(),
                    java.util.Arrays.stream(p.args()).map(String::valueOf).toList()));
        }
    }
}
