package vn.cchc.dossier.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Formats rows for PostgreSQL's COPY … FROM STDIN (text format) and hands them on in chunks of about 1 MB
 * ({@link CopyPipe} sends them). Values are escaped as the text format requires; null is \N.
 */
final class CopyRows {

    private static final int CHUNK = 1 << 20;

    private final Consumer<byte[]> chunks;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
    private final StringBuilder row = new StringBuilder(512);
    private boolean first = true;

    CopyRows(Consumer<byte[]> chunks) {
        this.chunks = chunks;
    }

    CopyRows text(String value) {
        separator();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        if (plain(value)) {
            row.append(value);
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    CopyRows value(Object value) {
        if (value == null) {
            return text(null);
        }
        separator();
        row.append(value);
        return this;
    }

    /** An instant as "yyyy-MM-dd HH:mm:ss+00" to the second (exports carry minutes), without a formatter. */
    CopyRows time(Instant value) {
        if (value == null) {
            return text(null);
        }
        separator();
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, java.time.ZoneOffset.UTC);
        row.append(t.getYear()).append('-');
        two(t.getMonthValue()).append('-');
        two(t.getDayOfMonth()).append(' ');
        two(t.getHour()).append(':');
        two(t.getMinute()).append(':');
        two(t.getSecond()).append("+00");
        return this;
    }

    private StringBuilder two(int n) {
        return row.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private void separator() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    void endRow() {
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        buffer.write(bytes, 0, bytes.length);
        row.setLength(0);
        first = true;
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (buffer.size() > 0) {
            chunks.accept(buffer.toByteArray());
            buffer.reset();
        }
    }

    void finish() {
        flush();
    }
}
