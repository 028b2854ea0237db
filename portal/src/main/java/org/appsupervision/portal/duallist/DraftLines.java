package org.appsupervision.portal.duallist;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.appsupervision.portal.duallist.DualListViews.DualList;

/** The rows of a dual list as the form's text: one row a line, its parts separated by "|" (or "｜"). */
final class DraftLines {

    private static final String SEPARATOR = "[|｜]";

    private DraftLines() {
    }

    static JsonArray collected(String text, List<String> problems, DualListMessages m) {
        return rows(text, 3, problems, m, parts -> new JsonObject().put("kind", parts[0]).put("purpose", parts[1])
                .put("scenario", parts[2]));
    }

    static JsonArray shared(String text, List<String> problems, DualListMessages m) {
        return rows(text, 5, problems, m, parts -> new JsonObject().put("recipient", parts[0]).put("kind", parts[1])
                .put("purpose", parts[2]).put("scenario", parts[3]).put("method", parts[4]));
    }

    private static JsonArray rows(String text, int count, List<String> problems, DualListMessages m,
            java.util.function.Function<String[], JsonObject> row) {
        JsonArray rows = new JsonArray();
        if (text == null) {
            return rows;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(SEPARATOR, -1);
            if (parts.length != count) {
                problems.add(m.line_fields(i + 1, count));
                continue;
            }
            for (int p = 0; p < parts.length; p++) {
                parts[p] = parts[p].strip();
            }
            rows.add(row.apply(parts));
        }
        return rows;
    }

    static String collectedText(DualList list) {
        return list.collected().stream().map(c -> c.kind() + " | " + c.purpose() + " | " + c.scenario())
                .collect(Collectors.joining("\n"));
    }

    static String sharedText(DualList list) {
        return list.shared().stream().map(s -> s.recipient() + " | " + s.kind() + " | " + s.purpose() + " | "
                + s.scenario() + " | " + s.method()).collect(Collectors.joining("\n"));
    }
}
