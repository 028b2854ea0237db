package org.appsupervision.notice.finding.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.appsupervision.notice.finding.line.FindingLine;

/**
 * The string scan of NdjsonValues reads eight bytes at a time: a quote, a backslash or a control character must be
 * found at every position of a value and every alignment of the line, and anything else must be taken as it is.
 */
class NdjsonValuesTest {

    private static final int EVIDENCE = FindingLine.CSV_COLUMNS.indexOf("evidence");
    private static final byte[] TAKEN_AS_IS = {'a', ' ', '!', 0x7F, '#', '{', ']', ':', ','};
    private static final byte[] REFUSED = {'\\', 0x00, 0x01, 0x09, 0x0A, 0x1F};

    @Test
    void findsEveryBackslashAndControlCharacterWhereverItIs() {
        NdjsonValues values = new NdjsonValues();
        for (int length = 1; length <= 24; length++) {
            for (int at = 1; at < length - 1; at++) {
                for (byte refused : REFUSED) {
                    byte[] evidence = plain(length);
                    evidence[at] = refused;
                    for (int shift = 0; shift < 8; shift++) {
                        byte[] line = line(evidence, shift);
                        assertFalse(values.read(line, shift, line.length),
                                "byte " + refused + " at " + at + " of " + length + ", shift " + shift);
                    }
                }
            }
        }
    }

    @Test
    void endsAValueAtItsFirstQuoteWhereverItIs() {
        NdjsonValues values = new NdjsonValues();
        for (int length = 3; length <= 24; length++) {
            for (int at = 1; at < length - 1; at++) {
                byte[] evidence = plain(length);
                evidence[at] = '"';
                for (int shift = 0; shift < 8; shift++) {
                    byte[] line = line(evidence, shift);
                    // the value ends at the quote and what follows it is no JSON: not one of the plainest lines
                    assertFalse(values.read(line, shift, line.length), "quote at " + at + " of " + length);
                }
            }
        }
    }

    @Test
    void takesEveryOtherByteAsItIs() {
        NdjsonValues values = new NdjsonValues();
        byte[] wide = "检测发现".getBytes(StandardCharsets.UTF_8);
        for (int length = 2; length <= 40; length++) {
            for (byte inside : TAKEN_AS_IS) {
                byte[] evidence = plain(length);
                Arrays.fill(evidence, 1, length - 1, inside);
                System.arraycopy(wide, 0, evidence, length / 2, Math.min(wide.length, length - 1 - length / 2));
                if (!new String(evidence, StandardCharsets.UTF_8).equals(
                        new String(evidence, StandardCharsets.UTF_8).strip())) {
                    continue;
                }
                for (int shift = 0; shift < 8; shift++) {
                    byte[] line = line(evidence, shift);
                    assertTrue(values.read(line, shift, line.length), new String(line, StandardCharsets.UTF_8));
                    assertArrayEquals(evidence, Arrays.copyOfRange(values.bytes(EVIDENCE), values.start(EVIDENCE),
                            values.end(EVIDENCE)));
                }
            }
        }
    }

    private static byte[] plain(int length) {
        byte[] value = new byte[length];
        Arrays.fill(value, (byte) 'x');
        return value;
    }

    /** A line of every required key with {@code evidence} as the evidence, after {@code shift} bytes of another line. */
    private static byte[] line(byte[] evidence, int shift) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes("}\n}}}}}}".substring(0, shift).getBytes(StandardCharsets.US_ASCII));
        line.writeBytes(("{\"packageName\":\"com.example.app\",\"appName\":\"示例\",\"version\":\"1.0\","
                + "\"sourceStore\":\"huawei\",\"problems\":[\"collect-without-consent\"],\"evidence\":\"")
                .getBytes(StandardCharsets.UTF_8));
        line.writeBytes(evidence);
        line.writeBytes(("\",\"detectedAt\":\"2021-10-01T10:00:00+08:00\",\"operatorName\":\"示例公司\","
                + "\"operatorCreditCode\":\"91110108551385082Q\"}").getBytes(StandardCharsets.UTF_8));
        return line.toByteArray();
    }
}
