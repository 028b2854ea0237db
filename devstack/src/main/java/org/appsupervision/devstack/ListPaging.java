package org.appsupervision.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paging check of a service's lists: every GET operation of its OpenAPI document that answers a JSON array is
 * either paged (walked with {@code limit=1} along its {@code Link rel="next"} headers, every row seen exactly once,
 * no link on the last page, bad {@code limit} and {@code after} refused with a 400 problem) or declared naturally
 * bounded with the reason, so a new list fails the check until someone says which it is.
 */
public final class ListPaging {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    private ListPaging() {
    }

    /** What a list GET answered: status, media type, body and its {@code Link} header (null if none). */
    public record Reply(int status, String contentType, String body, String link) {
    }

    /** Sends a GET of a path with its query. */
    @FunctionalInterface
    public interface Fetcher {
        Reply get(String pathAndQuery);
    }

    /**
     * How a list is checked: a paged list names a supplier of a path (with its query) that lists at least three
     * rows, and the field that identifies a row (null: the whole row), and may name a way to add a row to that list
     * (run after the first page of the walk: the walk must still see every earlier row once); a bounded list says why
     * it needs no paging.
     */
    public record Expectation(Supplier<String> path, String idField, Runnable insertMeanwhile, String boundedBecause) {

        public static Expectation paged(Supplier<String> path, String idField) {
            return new Expectation(path, idField, null, null);
        }

        public static Expectation paged(Supplier<String> path, String idField, Runnable insertMeanwhile) {
            return new Expectation(path, idField, insertMeanwhile, null);
        }

        public static Expectation bounded(String because) {
            return new Expectation(null, null, null, because);
        }
    }

    /** The GET operations of an OpenAPI document (JSON) whose 200 answer is a JSON array, as "GET /path/{param}". */
    public static List<String> listOperations(String openApiJson) {
        JsonNode document = read(openApiJson);
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode schema = path.getValue().path("get").path("responses").path("200").path("content")
                    .path("application/json").path("schema");
            if ("array".equals(resolve(document, schema).path("type").asText())) {
                operations.add("GET " + path.getKey());
            }
        }
        return List.copyOf(operations);
    }

    /** Checks every list operation against its expectation; answers what went wrong (empty when all held). */
    public static List<String> run(List<String> operations, Map<String, Expectation> expectations, Fetcher fetcher) {
        List<String> failures = new ArrayList<>();
        for (String operation : operations) {
            if (!expectations.containsKey(operation)) {
                failures.add(operation + ": no expectation (say how it pages, or why it is bounded)");
            }
        }
        for (String expected : expectations.keySet()) {
            if (!operations.contains(expected)) {
                failures.add(expected + ": expected, but not a list of the OpenAPI document");
            }
        }
        for (String operation : operations) {
            Expectation expectation = expectations.get(operation);
            if (expectation != null && expectation.path() != null) {
                check(operation, expectation, fetcher, failures);
            }
        }
        return failures;
    }

    /** Walks one list: the whole list at the largest page, then one row a page, then bad parameters. */
    static void check(String operation, Expectation expectation, Fetcher fetcher, List<String> failures) {
        String path = expectation.path().get();
        String idField = expectation.idField();
        String where = operation + " (" + path + ")";
        Reply whole = fetcher.get(with(path, "limit=1000"));
        if (whole.status() != 200) {
            failures.add(where + ": answered " + whole.status() + " " + whole.body());
            return;
        }
        List<String> all = ids(read(whole.body()), idField);
        if (all.size() < 3) {
            failures.add(where + ": the fixture lists " + all.size() + " rows, at least 3 are needed");
            return;
        }
        if (whole.link() != null) {
            failures.add(where + ": " + all.size() + " rows at limit=1000, yet a Link " + whole.link());
        }
        List<String> walked = new ArrayList<>();
        String next = with(path, "limit=1");
        String lastLink = null;
        for (int page = 0; next != null && page <= all.size() + 3; page++) {
            Reply reply = fetcher.get(next);
            if (reply.status() != 200) {
                failures.add(where + ": page " + next + " answered " + reply.status() + " " + reply.body());
                return;
            }
            List<String> rows = ids(read(reply.body()), idField);
            if (rows.size() > 1) {
                failures.add(where + ": page " + next + " has " + rows.size() + " rows at limit=1");
            }
            walked.addAll(rows);
            if (page == 0 && expectation.insertMeanwhile() != null) {
                expectation.insertMeanwhile().run();
            }
            lastLink = reply.link();
            next = nextOf(reply.link());
            if (next != null && !next.startsWith(pathOnly(path) + "?")) {
                failures.add(where + ": the next link " + next + " is not a relative link to the same list");
                return;
            }
        }
        if (lastLink != null) {
            failures.add(where + ": the walk did not end (last Link " + lastLink + ")");
        }
        List<String> earlier = walked.stream().filter(all::contains).toList();
        boolean added = expectation.insertMeanwhile() != null;
        if (new HashSet<>(walked).size() != walked.size() || !earlier.equals(all) || !added && walked.size() != all.size()) {
            failures.add(where + ": walking limit=1 saw " + walked + ", the whole list is " + all);
        }
        refused(where, fetcher, with(path, "limit=0"), "limit", failures);
        refused(where, fetcher, with(path, "limit=1001"), "limit", failures);
        refused(where, fetcher, with(path, "limit=many"), "limit", failures);
        refused(where, fetcher, with(path, "after=not%20a%20cursor"), "after", failures);
        refused(where, fetcher, with(path, "after=" + foreignCursor()), "after", failures);
        refused(where, fetcher, with(path, "after=" + base64("[\"x\"")), "after", failures);
    }

    private static void refused(String where, Fetcher fetcher, String path, String parameter, List<String> failures) {
        Reply reply = fetcher.get(path);
        boolean named = reply.status() == 400 && reply.contentType() != null
                && reply.contentType().startsWith("application/problem+json")
                && reply.body().contains("\"field\":\"" + parameter + "\"");
        if (!named) {
            failures.add(where + ": " + path + " must be a 400 problem naming '" + parameter + "', answered "
                    + reply.status() + " " + reply.body());
        }
    }

    /** The target of a {@code Link} header's {@code rel="next"}, or null. */
    public static String nextOf(String link) {
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String foreignCursor() {
        return base64("[\"some-other-list\",\"2021-12-09T00:00:00Z\",\"3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85\"]");
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String with(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static List<String> ids(JsonNode rows, String idField) {
        List<String> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(idField == null ? row.toString() : row.path(idField).asText()));
        return ids;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
