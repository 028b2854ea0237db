package org.appsupervision.notice.finding.fastpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.appsupervision.notice.finding.importing.CsvFindingSource;
import org.appsupervision.notice.finding.importing.FindingSource;
import org.appsupervision.notice.finding.importing.NdjsonFindingSource;
import org.appsupervision.notice.finding.line.FindingLine;
import org.appsupervision.notice.finding.line.FindingLineCheck;

/**
 * Holds the CSV fast path (CsvCheckedRow) to the slow path (FindingLine and FindingLineCheck): over many lines with
 * every field varied at its edges, the fast path may only take a line the slow path finds good, must write the same
 * COPY bytes for it and collect the same apps and operators; and it must take the ordinary lines, or it is no path.
 */
class FindingFastPathTest {

    private static final String HEADER = String.join(",", FindingLine.CSV_COLUMNS) + "\r\n";
    private final FindingLineCheck check = new FindingLineCheck(
            Set.of("collect-beyond-scope", "excessive-permissions", "frequent-self-start"), Set.of("11", "44", "33"),
            Instant.parse("2026-01-01T00:00:00Z"));

    private static final byte[][] PACKAGES = utf8("com.douban.frodo", "com.example.app2", " com.tencent.mm ",
            "com.Example_3.x9", "douban", "com..x", "1com.x", "com.x\u0000", "com.\u4e2d\u6587");
    private static final byte[][] NAMES = utf8("豆瓣", " 豆瓣 ", "\u3000豆瓣", "豆瓣\u3000", "\u00a0豆瓣", "", "   ",
            "a\"quoted\", name", "x".repeat(200), "x".repeat(201), "中".repeat(200), "中".repeat(201),
            "\ud83d\ude00".repeat(100), "\ud83d\ude00".repeat(101), "名\u0000字", "line\nbreak", "\u2028名");
    private static final byte[][] VERSIONS = utf8("7.18.0", " 7.18.0\t", "", "v" + "1".repeat(200), "版本 1",
            "\u20007.1");
    private static final byte[][] STORES = utf8("huawei", "360", "app-store", "Huawei", "-x", "h", "a".repeat(33),
            " xiaomi ", "华为");
    private static final byte[][] PROBLEMS = utf8("collect-beyond-scope", "collect-beyond-scope;excessive-permissions",
            " excessive-permissions ; frequent-self-start ;", ";;", "", "no-such-code", "collect-beyond-scope;nope",
            "\u3000collect-beyond-scope", "collect-beyond-scope\u0000");
    private static final byte[][] EVIDENCE = utf8("读取通讯录", "", "  ", "证".repeat(10_000), "证".repeat(10_001),
            "a, \"b\"\nc", "ev\u0000", "\u3000证据\u3000");
    private static final byte[][] REFERENCES = utf8("report-1.pdf", "a.png; b.mp4", "", ";", "r".repeat(1000),
            "r".repeat(1001), " x ;\u3000y", "报告.pdf;\u0000");
    private static final byte[][] TIMES = utf8("2021-10-20T10:00:00+08:00", "2021-10-20", " 2021-10-20 ",
            "2020-02-29T23:59:59+00:00", "2021-02-29T10:00:00+08:00", "2021-02-29", "2021-10-20T24:00:00+08:00",
            "2021-10-20T10:60:00+08:00", "2021-10-20T10:00:00+18:00", "2021-10-20T10:00:00+17:59",
            "2021-10-20T10:00:00+18:01", "2021-10-20T10:00:00-05:00", "2021-10-20T10:00:00Z",
            "2025-12-31T23:59:59-00:00", "2026-01-01T08:00:00+08:00", "2026-01-01T08:00:01+08:00", "2026-01-02",
            "2021/10/20", "yesterday", "", "0000-01-01", "2021-1-20");
    private static final byte[][] OPERATORS = utf8("北京豆网科技有限公司", " 深圳市腾讯计算机系统有限公司 ", "", "测".repeat(201),
            "\u3000公司");
    private static final byte[][] CREDIT_CODES = utf8("91110108551385082Q", "9144030071526726XG", "91110108551385082A",
            "91990108551385082Q", " 91110108551385082Q", "91110108551385082q", "123");
    private static final byte[][] FILING_NUMBERS = utf8("京ICP备05002222号-2A", "", " ", "京ICP备05002222号-2X",
            "京ICP备05002222号-2", " 粤ICP备10000000号-1A ");

    private static final byte[][] MALFORMED = {{(byte) 0xC3}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8},
            {(byte) 0xFF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    @Test
    void theFastPathTakesOnlyWhatTheSlowPathTakesAndWritesTheSameBytesAndApps() throws IOException {
        Random random = new Random(7);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30_000; i++) {
            byte[][] fields = {pick(random, PACKAGES), pick(random, NAMES), pick(random, VERSIONS), pick(random, STORES),
                    pick(random, PROBLEMS), pick(random, EVIDENCE), pick(random, REFERENCES), pick(random, TIMES),
                    pick(random, OPERATORS), pick(random, CREDIT_CODES), pick(random, FILING_NUMBERS)};
            if (random.nextInt(40) == 0) {
                int field = random.nextInt(fields.length);
                fields[field] = concat(fields[field], MALFORMED[random.nextInt(MALFORMED.length)]);
            }
            writeRecord(csv, fields, random);
        }
        csv.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] file = csv.toByteArray();

        assertBothPathsAgree(() -> new CsvFindingSource(new ByteArrayInputStream(file)), 3);
    }

    @Test
    void theNdjsonFastPathTakesOnlyWhatJacksonAndTheSlowPathTakeAndWritesTheSameBytesAndApps() throws IOException {
        Random random = new Random(11);
        byte[][][] pools = {PACKAGES, NAMES, VERSIONS, STORES, null, EVIDENCE, null, TIMES, OPERATORS, CREDIT_CODES,
                FILING_NUMBERS};
        String[][] lists = {{"collect-beyond-scope"}, {"collect-beyond-scope", "excessive-permissions"}, {},
                {"collect-beyond-scope;excessive-permissions"}, {""}, {" collect-beyond-scope"}, {"nope"},
                {"report-1.pdf", "b.mp4"}, {"r".repeat(1001)}, {"报告.pdf", "\u3000x"}};
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        for (int line = 0; line < 30_000; line++) {
            java.util.List<Integer> keys = new ArrayList<>(java.util.List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
            if (random.nextInt(4) == 0) {
                java.util.Collections.shuffle(keys, random);
            }
            StringBuilder object = new StringBuilder(random.nextInt(20) == 0 ? " { " : "{");
            boolean first = true;
            for (int key : keys) {
                int odd = random.nextInt(60);
                if (odd == 0) {
                    continue;
                }
                object.append(first ? "" : random.nextInt(20) == 0 ? " , " : ",");
                first = false;
                object.append('"').append(FindingLine.CSV_COLUMNS.get(key)).append("\":");
                if (odd == 1) {
                    object.append("null");
                } else if (odd == 2) {
                    object.append("42");
                } else if (odd == 3) {
                    object.append("{\"a\":\"b\"}");
                } else if (odd == 4) {
                    object.append("\"\\u4e2d\\\"x\"");
                } else if (pools[key] == null) {
                    String[] values = lists[random.nextInt(3) == 0 ? random.nextInt(lists.length) : key == 4 ? 0 : 7];
                    object.append('[');
                    for (int v = 0; v < values.length; v++) {
                        object.append(v == 0 ? "" : ",").append(jsonString(values[v]));
                    }
                    object.append(']');
                } else {
                    object.append(jsonString(new String(pick(random, pools[key]), StandardCharsets.UTF_8)));
                }
            }
            if (random.nextInt(80) == 0) {
                object.append(",\"packageName\":\"com.dup.x\"");
            } else if (random.nextInt(80) == 0) {
                object.append(",\"unknownKey\":\"x\"");
            }
            object.append(random.nextInt(80) == 0 ? "} x" : "}");
            ndjson.writeBytes(object.append(random.nextBoolean() ? "\r\n" : "\n").toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] file = ndjson.toByteArray();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        // Good lines with whitespace at a value's edge or an empty optional value are the slow path's by design.
        assertBothPathsAgree(() -> new NdjsonFindingSource(new ByteArrayInputStream(file), mapper), 5);
    }

    /** A JSON string for the text: quotes, backslashes and control characters escaped, the rest as it is. */
    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    @Test
    void theFastPathTakesEveryOrdinaryLine() throws IOException {
        String csv = HEADER + """
                com.douban.frodo,豆瓣,7.18.0,huawei,collect-beyond-scope;excessive-permissions,"读取通讯录, 截图",a.png;b.mp4,2021-10-20T10:00:00+08:00,北京豆网科技有限公司,91110108551385082Q,京ICP备05002222号-2A
                com.douban.frodo,豆瓣,7.19.0,xiaomi,frequent-self-start,,,2021-10-21,北京豆网科技有限公司,91110108551385082Q,京ICP备05002222号-2A
                com.tencent.mm,微信,8.0.1,360,excessive-permissions,"say ""hi""\",,2021-10-22T08:00:00+08:00,深圳市腾讯计算机系统有限公司,9144030071526726XG,
                """;
        FindingApps apps = new FindingApps();
        try (CsvFindingSource source = new CsvFindingSource(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            source.checkWith(check, apps);
            for (int i = 0; i < 3; i++) {
                FindingSource.Parsed parsed = source.next();
                assertTrue(parsed.checked() != null, "line " + parsed.lineNumber() + " took the fast path");
                parsed.checked().addTo(apps);
            }
        }
        assertEquals(List.of(List.of("com.douban.frodo", "豆瓣", "北京豆网科技有限公司", "91110108551385082Q", "京ICP备05002222号-2A"),
                Arrays.asList("com.tencent.mm", "微信", "深圳市腾讯计算机系统有限公司", "9144030071526726XG", null)), apps.apps());
    }

    @Test
    void skipsAHundredThousandBlankLinesWithoutRunningOutOfStack() throws IOException {
        String good = "com.douban.frodo,豆瓣,7.18.0,huawei,collect-beyond-scope,,,2021-10-20,北京豆网科技有限公司,"
                + "91110108551385082Q,\n";
        String csv = HEADER + good + " \n".repeat(100_000) + good;
        List<Long> lines = new ArrayList<>();
        try (CsvFindingSource source = new CsvFindingSource(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            FindingSource.Parsed parsed;
            while ((parsed = source.next()) != null) {
                lines.add(parsed.lineNumber());
                assertTrue(check.problems(parsed.line()).isEmpty());
            }
        }
        assertEquals(List.of(2L, 100_003L), lines);
    }

    @Test
    void theNdjsonFastPathTakesEveryPlainLine() throws IOException {
        String ndjson = """
                {"packageName":"com.douban.frodo","appName":"豆瓣","version":"7.18.0","sourceStore":"huawei","problems":["collect-beyond-scope","excessive-permissions"],"evidence":"读取通讯录, 截图","references":["a.png","b.mp4"],"detectedAt":"2021-10-20T10:00:00+08:00","operatorName":"北京豆网科技有限公司","operatorCreditCode":"91110108551385082Q","filingNumber":"京ICP备05002222号-2A"}
                { "operatorCreditCode" : "9144030071526726XG", "packageName" : "com.tencent.mm", "appName" : "微信", "version" : "8.0.1", "sourceStore" : "360", "problems" : [ "frequent-self-start" ], "evidence" : null, "detectedAt" : "2021-10-22", "operatorName" : "深圳市腾讯计算机系统有限公司" }
                """;
        FindingApps apps = new FindingApps();
        try (NdjsonFindingSource source = new NdjsonFindingSource(
                new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), new com.fasterxml.jackson.databind.ObjectMapper())) {
            source.checkWith(check, apps);
            for (int i = 0; i < 2; i++) {
                FindingSource.Parsed parsed = source.next();
                assertTrue(parsed.checked() != null, "line " + parsed.lineNumber() + " took the fast path");
                parsed.checked().addTo(apps);
            }
        }
        assertEquals(List.of(List.of("com.douban.frodo", "豆瓣", "北京豆网科技有限公司", "91110108551385082Q", "京ICP备05002222号-2A"),
                Arrays.asList("com.tencent.mm", "微信", "深圳市腾讯计算机系统有限公司", "9144030071526726XG", null)), apps.apps());
    }

    /** A source of the same file, opened afresh for each path. */
    private interface Sources {
        FindingSource open() throws IOException;
    }

    /**
     * Reads the file slow (no checkWith) and fast, and requires the same line numbers, verdicts, COPY bytes, apps and
     * operators; and that the fast path took more than one in {@code share} of the good lines.
     */
    private void assertBothPathsAgree(Sources sources, int share) throws IOException {
        List<Outcome> slow = new ArrayList<>();
        FindingApps slowApps = new FindingApps();
        try (FindingSource source = sources.open()) {
            FindingSource.Parsed parsed;
            while ((parsed = source.next()) != null) {
                slow.add(outcome(parsed, slowApps));
            }
        }
        List<Outcome> fast = new ArrayList<>();
        FindingApps fastApps = new FindingApps();
        int taken = 0;
        try (FindingSource source = sources.open()) {
            source.checkWith(check, fastApps);
            FindingSource.Parsed parsed;
            while ((parsed = source.next()) != null) {
                taken += parsed.checked() != null ? 1 : 0;
                fast.add(outcome(parsed, fastApps));
            }
        }
        assertEquals(slow.size(), fast.size());
        int good = 0;
        for (int i = 0; i < slow.size(); i++) {
            Outcome s = slow.get(i);
            Outcome f = fast.get(i);
            assertEquals(s.line(), f.line());
            assertEquals(s.problems(), f.problems(), "line " + s.line());
            assertArrayEquals(s.copy(), f.copy(), "COPY bytes of line " + s.line());
            good += s.problems().isEmpty() ? 1 : 0;
        }
        assertEquals(slowApps.apps(), fastApps.apps());
        assertEquals(List.copyOf(slowApps.operators().entrySet()), List.copyOf(fastApps.operators().entrySet()));
        assertTrue(good > 500, "the generated file holds good lines: " + good);
        assertTrue(taken > good / share, "the fast path takes many of the " + good + " good lines: " + taken);
    }

    private record Outcome(long line, List<String> problems, byte[] copy) {
    }

    private Outcome outcome(FindingSource.Parsed parsed, FindingApps apps) {
        CopyBinary rows = new CopyBinary(256);
        if (parsed.checked() != null) {
            parsed.checked().writeColumns(rows);
            parsed.checked().addTo(apps);
            return new Outcome(parsed.lineNumber(), List.of(), Arrays.copyOf(rows.bytes(), rows.size()));
        }
        List<String> problems = parsed.line() == null ? List.of(parsed.unreadable()) : check.problems(parsed.line());
        if (problems.isEmpty()) {
            FindingCopy.writeColumns(rows, parsed.line());
            apps.add(parsed.line());
        }
        return new Outcome(parsed.lineNumber(), problems, Arrays.copyOf(rows.bytes(), rows.size()));
    }

    private static byte[] pick(Random random, byte[][] values) {
        return random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : values[0];
    }

    /** Writes a record, quoting a field when it needs it or now and then when it does not. */
    private static void writeRecord(ByteArrayOutputStream out, byte[][] fields, Random random) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String text = new String(fields[i], StandardCharsets.ISO_8859_1);
            boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || random.nextInt(10) == 0;
            if (quote) {
                out.write('"');
                out.writeBytes(text.replace("\"", "\"\"").getBytes(StandardCharsets.ISO_8859_1));
                out.write('"');
            } else {
                out.writeBytes(fields[i]);
            }
        }
        out.writeBytes(random.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }

    private static byte[][] utf8(String... values) {
        return Arrays.stream(values).map(v -> v.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
