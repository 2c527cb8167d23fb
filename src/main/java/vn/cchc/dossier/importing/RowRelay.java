package vn.cchc.dossier.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;

/**
 * Splits reading a file over two threads: a helper decodes and splits the file into cells ({@link TabularFile}),
 * the calling thread checks, judges and writes the rows, in the file's order. In the profile of a 1M-row import the
 * single reading thread was the bottleneck (the COPY waited for it half the time) and spent a third of its time
 * decoding and splitting. Rows travel in batches; the byte count for the progress bar travels with them, so the
 * import's counters are only touched by the calling thread.
 */
final class RowRelay {

    private static final int BATCH = 1000;

    /** A batch of rows, the header, or the end (with the helper's failure, if any). */
    private record Batch(List<String> header, List<Long> lines, List<List<String>> rows, long bytes, boolean end,
                         RuntimeException failure) {
    }

    /** Thrown inside the helper to stop it once the calling thread has given up. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private volatile boolean stopped;
    private volatile long bytes;

    private RowRelay() {
    }

    /** Reads {@code file} into {@code sink} as {@link TabularFile#read} does, the splitting done on a helper thread. */
    static void read(Path file, LongConsumer bytesRead, TabularFile.RowSink sink) {
        new RowRelay().relay(file, bytesRead, sink);
    }

    private void relay(Path file, LongConsumer bytesRead, TabularFile.RowSink sink) {
        Thread helper = new Thread(() -> split(file), "dossier-import-splitter");
        helper.setDaemon(true);
        helper.start();
        boolean finished = false;
        try {
            for (Batch batch = take(); ; batch = take()) {
                bytesRead.accept(batch.bytes());
                if (batch.header() != null) {
                    sink.header(batch.header());
                }
                for (int i = 0; i < batch.rows().size(); i++) {
                    sink.row(batch.lines().get(i), batch.rows().get(i));
                }
                if (batch.end()) {
                    finished = true;
                    if (batch.failure() != null) {
                        throw batch.failure();
                    }
                    return;
                }
            }
        } finally {
            if (!finished) {
                stopped = true;
                while (!take().end()) {
                    // Drain until the helper has seen the stop and ended.
                }
            }
        }
    }

    private void split(Path file) {
        Collector collector = new Collector();
        RuntimeException failure = null;
        try {
            TabularFile.read(file, read -> bytes = read, collector);
        } catch (Stopped s) {
            // The calling thread gave up and is draining.
        } catch (RuntimeException e) {
            failure = e;
        }
        put(new Batch(collector.header, collector.lines, collector.rows, bytes, true, failure));
    }

    /** Gathers rows into batches on the helper thread. */
    private final class Collector implements TabularFile.RowSink {
        List<String> header;
        List<Long> lines = new ArrayList<>(BATCH);
        List<List<String>> rows = new ArrayList<>(BATCH);

        @Override
        public void header(List<String> cells) {
            header = cells;
            send();
        }

        @Override
        public void row(long line, List<String> cells) {
            lines.add(line);
            rows.add(cells);
            if (rows.size() == BATCH) {
                send();
            }
        }

        private void send() {
            if (stopped) {
                throw new Stopped();
            }
            put(new Batch(header, lines, rows, bytes, false, null));
            header = null;
            lines = new ArrayList<>(BATCH);
            rows = new ArrayList<>(BATCH);
        }
    }

    private void put(Batch batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
    }
}
