package org.appsupervision.notice.finding;

import java.util.Arrays;
import java.util.List;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, \N for null, backslash escapes), encoded straight into
 * UTF-8 bytes in a growing buffer that the caller sends and clears.
 */
final class CopyText {

    private byte[] bytes;
    private int size;
    private boolean first;

    CopyText(int capacity) {
        bytes = new byte[capacity];
    }

    CopyText begin() {
        first = true;
        return this;
    }

    CopyText text(String value) {
        separate();
        if (value == null) {
            ascii("\\N");
            return this;
        }
        escape(value, false);
        return this;
    }

    /** A value known to need no escaping (a number, a UUID). */
    CopyText raw(String value) {
        separate();
        ascii(value);
        return this;
    }

    /** A text[] value; elements are quoted for the array syntax, then the whole is escaped for COPY. */
    CopyText array(List<String> values) {
        separate();
        put('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                put(',');
            }
            put('"');
            escape(values.get(i), true);
            put('"');
        }
        put('}');
        return this;
    }

    void end() {
        put('\n');
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

    private void separate() {
        if (!first) {
            put('\t');
        }
        first = false;
    }

    private void ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            put(value.charAt(i));
        }
    }

    /** COPY's escapes; inside an array element a quote or backslash is first escaped for the array syntax. */
    private void escape(String value, boolean arrayElement) {
        ensure(value.length() * 4 + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> {
                        bytes[size++] = '\\';
                        bytes[size++] = '\\';
                        if (arrayElement) {
                            bytes[size++] = '\\';
                            bytes[size++] = '\\';
                        }
                    }
                    case '"' -> {
                        if (arrayElement) {
                            bytes[size++] = '\\';
                            bytes[size++] = '\\';
                        }
                        bytes[size++] = '"';
                    }
                    case '\t' -> twoBytes('\\', 't');
                    case '\n' -> twoBytes('\\', 'n');
                    case '\r' -> twoBytes('\\', 'r');
                    default -> bytes[size++] = (byte) c;
                }
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

    private void twoBytes(char a, char b) {
        bytes[size++] = (byte) a;
        bytes[size++] = (byte) b;
    }

    private void put(char c) {
        ensure(1);
        bytes[size++] = (byte) c;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
