package vn.cchc.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Converts a DOCX to PDF with LibreOffice headless, where it is installed. Bytes in, bytes out: each conversion
 * works in a temporary directory of its own (the document, the PDF, a throw-away LibreOffice profile) that is deleted
 * afterwards whatever happened. A fresh profile costs about half a second per conversion; in exchange conversions can
 * run side by side, and a run killed at its timeout cannot leave a locked profile behind that breaks the next ones.
 */
@Service
public class PdfConverter {

    private static final Logger log = LoggerFactory.getLogger(PdfConverter.class);
    /** A run takes a core and ~150 MB for a few seconds; more at once would only make each one slower. */
    private static final int PARALLEL_RUNS = 2;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final int UNAVAILABLE = 503;
    private static final int FAILED = 500;

    private final String setting;
    private final Duration timeout;
    private final Path workRoot;
    private final Semaphore runs = new Semaphore(PARALLEL_RUNS, true);
    private volatile Probe probe;

    @Autowired
    public PdfConverter(@Value("${cchc.documents.soffice:}") String soffice,
                        @Value("${cchc.documents.pdf-timeout:60s}") Duration timeout) {
        this(soffice, timeout, Path.of(System.getProperty("java.io.tmpdir")));
    }

    PdfConverter(String soffice, Duration timeout, Path workRoot) {
        this.setting = soffice == null ? "" : soffice.strip();
        this.timeout = timeout;
        this.workRoot = workRoot;
    }

    /** Whether LibreOffice was found and starts (checked once, on first use). */
    public boolean available() {
        return probe().executable() != null;
    }

    /**
     * The message key that says what is missing ("LibreOffice (soffice) is not installed on the server"), for a PDF
     * button to show; null when {@link #available()}.
     */
    public String unavailableReason() {
        return probe().reasonKey();
    }

    /**
     * The PDF of a DOCX document.
     *
     * @throws PdfUnavailable when LibreOffice is missing, did not finish within the timeout or failed on the document
     */
    public byte[] toPdf(byte[] docx) {
        Probe found = probe();
        if (found.executable() == null) {
            throw new PdfUnavailable(UNAVAILABLE, found.reasonKey());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!runs.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw timedOut();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed();
        }
        try {
            return convert(found.executable(), docx, deadline);
        } finally {
            runs.release();
        }
    }

    private byte[] convert(Path executable, byte[] docx, long deadline) {
        Path work = null;
        try {
            work = Files.createTempDirectory(workRoot, "cchc-pdf-");
            Path input = Files.write(work.resolve("document.docx"), docx);
            Path out = Files.createDirectory(work.resolve("out"));
            Path output = work.resolve("soffice.log");
            Optional<Integer> exit = Soffice.run(
                    Soffice.convertToPdf(executable, work.resolve("profile"), out, input), output, deadline);
            if (exit.isEmpty()) {
                log.warn("LibreOffice did not convert within {}; killed it", timeout);
                throw timedOut();
            }
            Path pdf = out.resolve("document.pdf");
            if (exit.get() != 0 || !Files.isRegularFile(pdf)) {
                log.warn("LibreOffice made no PDF (exit {}): {}", exit.get(), Soffice.tail(output));
                throw failed();
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            log.warn("PDF conversion failed", e);
            throw failed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed();
        } finally {
            deleteTree(work);
        }
    }

    private PdfUnavailable timedOut() {
        return new PdfUnavailable(UNAVAILABLE, "documents.pdf.timeout", timeout.toSeconds());
    }

    private static PdfUnavailable failed() {
        return new PdfUnavailable(FAILED, "documents.pdf.failed");
    }

    private Probe probe() {
        Probe known = probe;
        if (known == null) {
            synchronized (this) {
                if (probe == null) {
                    probe = findSoffice();
                }
                known = probe;
            }
        }
        return known;
    }

    private Probe findSoffice() {
        Optional<Path> executable = Soffice.locate(setting, System.getenv("PATH"));
        if (executable.isEmpty()) {
            log.info("PDF copies are off: LibreOffice {} not found", setting.isEmpty() ? "(soffice)" : setting);
            return new Probe(null, setting.isEmpty() ? "documents.pdf.notInstalled" : "documents.pdf.notFound");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory(workRoot, "cchc-pdf-probe-");
            Path output = work.resolve("version.log");
            Optional<Integer> exit = Soffice.run(Soffice.version(executable.get(), work.resolve("profile")), output,
                    System.nanoTime() + PROBE_TIMEOUT.toNanos());
            if (exit.isPresent() && exit.get() == 0) {
                log.info("PDF copies by {}: {}", executable.get(), Soffice.tail(output).strip());
                return new Probe(executable.get(), null);
            }
            log.warn("PDF copies are off: {} --version failed: {}", executable.get(), Soffice.tail(output));
        } catch (IOException e) {
            log.warn("PDF copies are off: {} does not start", executable.get(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            deleteTree(work);
        }
        return new Probe(null, "documents.pdf.broken");
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete the conversion directory {}", root, e);
        }
    }

    /** What the first use found: the executable, or the message key of what is missing. */
    private record Probe(Path executable, String reasonKey) {
    }
}
