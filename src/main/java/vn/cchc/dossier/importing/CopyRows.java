package vn.cchc.dossier.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Formats rows for PostgreSQL's binary COPY … FROM STDIN and hands them on in chunks of about 128 kB ({@link CopyPipe}
 * sends them). Chunks stay well under half a G1 region (1 MB in a 512 MB heap): as 1 MB arrays each one was a
 * "humongous" allocation, and those started 88 extra collections in a 1M-row import. Binary, not text: the server then stores the values as they come instead of parsing ten timestamps,
 * a number and five booleans from text on every row, which was most of its work in the profile. Each value is
 * written in its column's type, so the writer's calls follow the table's columns exactly; null is length -1.
 */
final class CopyRows {

    private static final int CHUNK = 128 << 10;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch for timestamps, in Unix seconds. */
    private static final long PG_EPOCH = 946_684_800L;

    private final Consumer<byte[]> chunks;
    private byte[] buffer = new byte[CHUNK + 8192];
    private int size;
    private int rowStart = -1;
    private short fields;

    CopyRows(Consumer<byte[]> chunks) {
        this.chunks = chunks;
        put(SIGNATURE, 0, SIGNATURE.length);
        int32(0);
        int32(0);
    }

    CopyRows text(String value) {
        if (value == null) {
            return nul();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        field(bytes.length);
        put(bytes, 0, bytes.length);
        return this;
    }

    CopyRows bigint(Long value) {
        if (value == null) {
            return nul();
        }
        field(8);
        int64(value);
        return this;
    }

    CopyRows smallint(Number value) {
        if (value == null) {
            return nul();
        }
        field(2);
        int16(value.intValue());
        return this;
    }

    CopyRows bool(Boolean value) {
        if (value == null) {
            return nul();
        }
        field(1);
        ensure(1);
        buffer[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** An instant to the second (exports carry minutes), as microseconds since 2000-01-01 UTC. */
    CopyRows time(Instant value) {
        if (value == null) {
            return nul();
        }
        field(8);
        int64((value.getEpochSecond() - PG_EPOCH) * 1_000_000L);
        return this;
    }

    /**
     * A whole number for a numeric(p, 0) column, rounded half away from zero as the server rounds text: base-10000
     * digits, most significant first, trailing zero digits left out (the weight places them).
     */
    CopyRows wholeNumber(BigDecimal value) {
        long n = value.setScale(0, RoundingMode.HALF_UP).longValueExact();
        long abs = Math.abs(n);
        short[] digits = new short[5];
        int count = 0;
        for (long rest = abs; rest > 0; rest /= 10_000) {
            digits[count++] = (short) (rest % 10_000);
        }
        int weight = count - 1;
        int low = 0;
        while (low < count && digits[low] == 0) {
            low++;
        }
        int ndigits = count - low;
        field(8 + 2 * ndigits);
        int16(ndigits);
        int16(count == 0 ? 0 : weight);
        int16(n < 0 ? 0x4000 : 0);
        int16(0);
        for (int i = count - 1; i >= low; i--) {
            int16(digits[i]);
        }
        return this;
    }

    private CopyRows nul() {
        field(-1);
        return this;
    }

    private void field(int length) {
        if (rowStart < 0) {
            rowStart = size;
            int16(0);
        }
        fields++;
        int32(length);
    }

    void endRow() {
        buffer[rowStart] = (byte) (fields >>> 8);
        buffer[rowStart + 1] = (byte) fields;
        rowStart = -1;
        fields = 0;
        if (size >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        if (size > 0) {
            chunks.accept(Arrays.copyOf(buffer, size));
            size = 0;
        }
    }

    /** Sends the rest with the end-of-data mark. */
    void finish() {
        int16(-1);
        flush();
    }

    private void int16(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int32(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void put(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
