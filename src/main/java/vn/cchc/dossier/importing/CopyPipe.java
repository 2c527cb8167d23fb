package vn.cchc.dossier.importing;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Reads, checks and judges a file on a worker thread while the calling thread, which holds the import's transaction
 * and connection, streams the formatted rows into one COPY. PostgreSQL stores a chunk while the next one is
 * judged: the profile of the former design (one COPY per chunk, sent and awaited by the thread that judged it) showed
 * the reading thread idle most of the time, waiting for the server. The worker has no transaction of its own, so a
 * calendar year loaded on first use is read on a connection of its own (calendars are committed reference data),
 * never on the connection busy with the COPY. Sixteen chunks in flight (2 MB) bound the memory.
 */
final class CopyPipe {

    private static final byte[] END = new byte[0];

    /** What the worker does: writes every row of the file into the rows. */
    interface Producer {
        void produce(CopyRows rows);
    }

    /** Thrown inside the worker to stop it once the COPY has failed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);
    private volatile boolean stopped;
    private volatile Throwable failure;

    private CopyPipe() {
    }

    /**
     * Runs {@code producer} on a worker and COPYs what it writes with {@code sql}. A failure of the worker (a file
     * refused as a whole) is rethrown here after the COPY was cancelled; with {@code keep} false at the end (rows
     * were refused) the COPY is cancelled too, so nothing of the file reaches the table.
     */
    static void run(CopyManager copies, String sql, Producer producer, BooleanSupplier keep)
            throws SQLException {
        new CopyPipe().pipe(copies, sql, producer, keep);
    }

    private void pipe(CopyManager copies, String sql, Producer producer, BooleanSupplier keep)
            throws SQLException {
        Thread worker = new Thread(() -> work(producer), "dossier-import-reader");
        worker.setDaemon(true);
        CopyIn copy = copies.copyIn(sql);
        worker.start();
        try {
            for (byte[] chunk = take(); chunk != END; chunk = take()) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            join(worker);
            if (failure instanceof RuntimeException e) {
                throw e;
            } else if (failure != null) {
                throw (Error) failure;
            }
            if (keep.getAsBoolean()) {
                copy.endCopy();
            }
        } finally {
            stopped = true;
            cancel(copy);
            if (worker.isAlive()) {
                chunks.clear();
                while (take() != END) {
                    chunks.clear();
                }
                join(worker);
            }
        }
    }

    /** Ends an unfinished COPY so nothing it carried is stored; an error it raises is not the one to report. */
    private static void cancel(CopyIn copy) {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The COPY had failed already, and that failure is on its way up.
            }
        }
    }

    private void work(Producer producer) {
        try {
            CopyRows rows = new CopyRows(this::put);
            producer.produce(rows);
            rows.finish();
        } catch (Stopped s) {
            // The COPY failed; the calling thread reports why.
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            putEnd();
        }
    }

    private void put(byte[] chunk) {
        if (stopped) {
            throw new Stopped();
        }
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void putEnd() {
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }

    private static void join(Thread worker) {
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }
}
