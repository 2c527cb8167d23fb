package vn.cchc.dossier.importing;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cchc.shared.InvalidInput;

/**
 * Streams the rows of an uploaded CSV or XLSX file to a sink, one at a time, so a million-row file fits in a small
 * heap. CSV: UTF-8 with or without a byte-order mark, UTF-16 with one, otherwise Windows-1258 (Vietnamese Excel's
 * "CSV" on Windows) when the bytes are not valid UTF-8; the delimiter (comma, semicolon or tab) is the one the
 * header line uses most. XLSX: see {@link XlsxRows}.
 * Problems with the file as a whole are {@link InvalidInput} with a message for the user.
 */
final class TabularFile {

    interface RowSink {
        void header(List<String> cells);

        /** {@code line} is the 1-based line (CSV record, Excel row) the user sees in their file. */
        void row(long line, List<String> cells);
    }

    private static final int SAMPLE = 1 << 20;
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TabularFile() {
    }

    static void read(Path file, LongConsumer bytesRead, RowSink sink) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) {
            throw InvalidInput.of("file", "dossier.import.empty");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            XlsxRows.read(file, sink);
        } else if (n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11) {
            throw InvalidInput.of("file", "dossier.import.xls");
        } else {
            readCsv(file, bytesRead, sink);
        }
    }

    // ---------------------------------------------------------------- CSV

    private static void readCsv(Path file, LongConsumer bytesRead, RowSink sink) {
        try (CountingStream in = new CountingStream(Files.newInputStream(file), bytesRead)) {
            byte[] sample = in.readSample(SAMPLE);
            int skip = 0;
            Charset charset;
            if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB && (sample[2] & 0xff) == 0xBF) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFF && (sample[1] & 0xff) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (sample.length >= 2 && (sample[0] & 0xff) == 0xFE && (sample[1] & 0xff) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (containsNul(sample)) {
                throw InvalidInput.of("file", "dossier.import.notText");
            } else {
                charset = validUtf8(sample) ? StandardCharsets.UTF_8 : WINDOWS_1258;
            }
            in.skipSample(skip);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            reader.mark(SAMPLE);
            String firstLine = reader.readLine();
            reader.reset();
            if (firstLine == null || firstLine.isBlank()) {
                throw InvalidInput.of("file", "dossier.import.empty");
            }
            char delimiter = delimiter(firstLine);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            long line = 0;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                boolean header = true;
                for (CSVRecord record : parser) {
                    line = parser.getCurrentLineNumber();
                    List<String> cells = record.toList();
                    if (header) {
                        if (cells.size() < 2) {
                            throw InvalidInput.of("file", "dossier.import.delimiter", firstLine.length() > 80
                                    ? firstLine.substring(0, 80) + "…" : firstLine);
                        }
                        sink.header(cells);
                        header = false;
                    } else {
                        sink.row(line, cells);
                    }
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw InvalidInput.of("file", "dossier.import.encoding", String.valueOf(line + 1));
                }
                throw InvalidInput.of("file", "dossier.import.csvBroken", String.valueOf(line + 1));
            }
        } catch (CharacterCodingException e) {
            throw InvalidInput.of("file", "dossier.import.encoding", "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean containsNul(byte[] sample) {
        for (byte b : sample) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Valid UTF-8 up to the sample's end (a character cut by the sample's boundary does not count against it). */
    static boolean validUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), java.nio.CharBuffer.allocate(sample.length), false);
        return !result.isError();
    }

    /** The delimiter the header uses most, counted outside quotes. */
    static char delimiter(String headerLine) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> comma++;
                    case ';' -> semicolon++;
                    case '\t' -> tab++;
                    default -> { }
                }
            }
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** Counts bytes for the progress bar; keeps a sample so the encoding can be decided before decoding starts. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer progress;
        private long count;
        private long reported;
        private byte[] pending = new byte[0];
        private int pendingPos;

        CountingStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        byte[] readSample(int size) throws IOException {
            pending = in.readNBytes(size);
            pendingPos = 0;
            return pending;
        }

        void skipSample(int bytes) {
            pendingPos = bytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            if (pendingPos < pending.length) {
                n = Math.min(len, pending.length - pendingPos);
                System.arraycopy(pending, pendingPos, b, off, n);
                pendingPos += n;
            } else {
                n = in.read(b, off, len);
            }
            if (n > 0) {
                count += n;
                if (count - reported > (1 << 20)) {
                    reported = count;
                    progress.accept(count);
                }
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
