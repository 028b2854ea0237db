package org.appsupervision.platform.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of percent-encoded text (paths, query strings, form bodies): every {@code %} must be
 * followed by two hex digits and the bytes must be UTF-8, where common decoders throw or silently put
 * U+FFFD in place of what they cannot read.
 */
public final class PercentEncoded {

    /** The decoded text, or why the raw text cannot be decoded (then {@code text} is null). */
    public record Decoded(String text, String fault) {
    }

    private PercentEncoded() {
    }

    /** Decodes {@code raw}; {@code plusIsSpace} for query strings and form bodies. */
    public static Decoded decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && (!plusIsSpace || raw.indexOf('+') < 0)) {
            return new Decoded(raw, null);
        }
        StringBuilder out = new StringBuilder(raw.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
                continue;
            }
            bytes.reset();
            while (i < raw.length() && raw.charAt(i) == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    return new Decoded(null, "has an invalid percent-escape (a '%' must be followed by two hex digits)");
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            String text = utf8(bytes.toByteArray());
            if (text == null) {
                return new Decoded(null, "has percent-escaped bytes that are not UTF-8");
            }
            out.append(text);
        }
        return new Decoded(out.toString(), null);
    }

    /** The bytes as UTF-8 text, or null when they are not UTF-8. */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
