package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The history the demo starts from, entered by the admin as an admin would: the archive file of the 2021 round (the
 * re-check 2021年第11批,总第20批 of 2021-11-03 and the takedown of 2021-12-09 with its eight annexes) and the cumulative
 * figures announced in November 2021 (21 notice batches, 2.44 M apps tested, 2,049 notified, 540 taken down).
 */
final class DemoHistory {

    /** The archive file; notice-service's ArchiveRoundTest reads the same file. */
    static final String ROUND_2021 = "/demo/round-2021.jsonl";

    private DemoHistory() {
    }

    static JsonNode importRound2021(GatewayHttp http, String admin) {
        return http.sendText("POST", "/api/notices/archive", admin, "application/x-ndjson", read(ROUND_2021));
    }

    static void importFiguresOfNovember2021(GatewayHttp http, String admin) {
        ArrayNode history = http.json().createArrayNode();
        history.addObject().put("asOf", "2021-11-30").put("batches", 21).put("appsTested", 2_440_000)
                .put("appsNotified", 2049).put("appsTakenDown", 540).put("proactiveRemovals", 400_000)
                .put("source", "工业和信息化部 2021年11月公布的累计数字 / figures announced by the ministry in Nov 2021");
        http.send("PUT", "/api/stats/history", admin, history);
    }

    static String read(String resource) {
        try (InputStream in = DemoHistory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
