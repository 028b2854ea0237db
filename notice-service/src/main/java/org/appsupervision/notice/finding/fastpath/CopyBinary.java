package org.appsupervision.notice.finding.fastpath;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format, written into a growing buffer that the caller sends and clears: the
 * server takes numbers, UUIDs, times and arrays as they are instead of parsing their text, and text needs no
 * escaping. The caller writes {@link #header()} once and {@link #trailer()} at the end.
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int TEXT_OID = 25;
    /** Seconds from 1970-01-01 to PostgreSQL's epoch 2000-01-01 (UTC). */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    private byte[] bytes;
    private int size;

    CopyBinary(int capacity) {
        bytes = new byte[capacity];
    }

    CopyBinary header() {
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, bytes, size, SIGNATURE.length);
        size += SIGNATURE.length;
        int32(0);
        int32(0);
        return this;
    }

    void trailer() {
        int16(-1);
    }

    CopyBinary row(int fields) {
        int16(fields);
        return this;
    }

    CopyBinary bigint(long value) {
        int32(8);
        int64(value);
        return this;
    }

    CopyBinary uuid(UUID value) {
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    CopyBinary timestamptz(OffsetDateTime value) {
        int32(8);
        int64((value.toEpochSecond() - POSTGRES_EPOCH) * 1_000_000L + value.getNano() / 1_000);
        return this;
    }

    /** A timestamp with time zone given as microseconds since 1970-01-01T00:00Z. */
    CopyBinary timestamptz(long epochMicros) {
        int32(8);
        int64(epochMicros - POSTGRES_EPOCH * 1_000_000L);
        return this;
    }

    /** Text given as its UTF-8 bytes, which the caller has found well-formed. */
    CopyBinary text(byte[] utf8, int from, int to) {
        int32(to - from);
        ensure(to - from);
        System.arraycopy(utf8, from, bytes, size, to - from);
        size += to - from;
        return this;
    }

    /** A one-dimensional text[] of {@code count} pieces of {@code utf8}, piece i from starts[i] to ends[i]. */
    CopyBinary textArray(byte[] utf8, int[] starts, int[] ends, int count) {
        int at = size;
        int32(0);
        int32(count == 0 ? 0 : 1);
        int32(0);
        int32(TEXT_OID);
        if (count > 0) {
            int32(count);
            int32(1);
            for (int i = 0; i < count; i++) {
                text(utf8, starts[i], ends[i]);
            }
        }
        patch(at, size - at - 4);
        return this;
    }

    CopyBinary text(String value) {
        if (value == null) {
            int32(-1);
            return this;
        }
        int at = size;
        int32(0);
        utf8(value);
        patch(at, size - at - 4);
        return this;
    }

    /** A one-dimensional text[] without nulls (an empty list is the empty array). */
    CopyBinary textArray(List<String> values) {
        int at = size;
        int32(0);
        int32(values.isEmpty() ? 0 : 1);
        int32(0);
        int32(TEXT_OID);
        if (!values.isEmpty()) {
            int32(values.size());
            int32(1);
            for (String value : values) {
                text(value);
            }
        }
        patch(at, size - at - 4);
        return this;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    private void utf8(String value) {
        ensure(value.length() * 3 + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = (byte) 0xEF;
                bytes[size++] = (byte) 0xBF;
                bytes[size++] = (byte) 0xBD;
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void int16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >> 8);
        bytes[size++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        patch(size, value);
        size += 4;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void patch(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
