package org.appsupervision.e2e.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.e2e.hostile.ApiOperations.Operation;
import org.appsupervision.e2e.hostile.ApiOperations.Param;

/**
 * The hostile requests for one operation: every parameter and every body field in turn gets each hostile value
 * of its type while the rest of the request stays valid (the document's example, else generated from the
 * schema), then the whole body is replaced by what is not a body of that type. Deterministic: the same document
 * gives the same requests.
 */
public final class HostileBattery {

    /** Bodies above every JSON route's limit (the gateway's general limit is 20 MiB). */
    public static final int OVERSIZED = 20 * 1024 * 1024 + 1024;
    static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";
    static final String NUMBER_1E400 = "@@NUMBER_1E400@@";
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String TEN_KB = "i".repeat(10 * 1024);
    private static final int MAX_FIELDS = 14;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SchemaValues values;
    private final byte[] oversized;

    public HostileBattery(SchemaValues values) {
        this.values = values;
        byte[] big = new byte[OVERSIZED];
        java.util.Arrays.fill(big, (byte) 'x');
        System.arraycopy("{\"x\":\"".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 6);
        big[big.length - 2] = '"';
        big[big.length - 1] = '}';
        this.oversized = big;
    }

    /** Valid values of an operation's parameters: those the test knows (fixtures), else generated from the schema. */
    public Map<String, String> validParams(Operation op, Map<String, String> known) {
        Map<String, String> valid = new LinkedHashMap<>();
        for (Param p : op.params()) {
            valid.put(p.name(), known.getOrDefault(p.name(), values.text(p.schema())));
        }
        return valid;
    }

    public List<Probe> probes(Operation op, Map<String, String> validParams) {
        List<Probe> probes = new ArrayList<>();
        String contentType = op.contentType();
        byte[] validBody = contentType == null ? null : validBody(op);
        for (Param param : op.params()) {
            for (Hostile hostile : forParam(param)) {
                Map<String, String> raw = encoded(validParams);
                raw.put(param.name(), hostile.raw());
                Map<String, String> headers = headers(op, validParams, contentType);
                String target = target(op, raw, param.in().equals("query") ? param.name() : null);
                if (param.in().equals("header")) {
                    headers.put(param.name(), hostile.raw());
                    target = target(op, encoded(validParams), null);
                } else if (param.in().equals("cookie")) {
                    headers.put("Cookie", param.name() + "=" + hostile.raw());
                    target = target(op, encoded(validParams), null);
                }
                probes.add(new Probe(param.in() + " " + param.name() + " = " + hostile.what(), hostile.refuse(), target,
                        headers, validBody));
            }
        }
        if (contentType == null) {
            return probes;
        }
        String target = target(op, encoded(validParams), null);
        if (contentType.equals("application/json")) {
            jsonProbes(op, target, headers(op, validParams, contentType), probes);
        } else if (contentType.equals("application/x-www-form-urlencoded")) {
            formProbes(op, target, headers(op, validParams, contentType), probes);
        } else {
            Map<String, String> headers = headers(op, validParams, contentType);
            probes.add(new Probe("body empty", false, target, headers, new byte[0]));
            probes.add(new Probe("body of NUL bytes and invalid UTF-8", false, target, headers,
                    new byte[] {'a', 0, 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, '\n'}));
        }
        Map<String, String> wrongType = headers(op, validParams, contentType.equals("application/json")
                ? "text/plain" : "application/json");
        probes.add(new Probe("Content-Type " + wrongType.get("Content-Type") + " instead of " + contentType, true,
                target, wrongType, contentType.equals("application/json") ? validBody : "{}".getBytes()));
        if (contentType.equals("application/json") || contentType.equals("application/x-www-form-urlencoded")) {
            probes.add(new Probe("body of " + OVERSIZED + " bytes", true, target, headers(op, validParams, contentType),
                    oversized));
        }
        return probes;
    }

    private byte[] validBody(Operation op) {
        if (op.contentType().equals("application/json")) {
            return bytes(validJson(op));
        }
        if (op.contentType().equals("application/x-www-form-urlencoded")) {
            return form(formFields(op), null, null).getBytes(StandardCharsets.US_ASCII);
        }
        return "hostile-probe\n".getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The document's own example when it gives one (written by people who know what a valid request of the
     * domain is, so that a hostile field is not hidden behind another invalid one), else one from the schema.
     */
    private JsonNode validJson(Operation op) {
        JsonNode example = op.bodyExample();
        return example != null && example.isObject() ? example : values.valid(op.bodySchema());
    }

    private void jsonProbes(Operation op, String target, Map<String, String> headers, List<Probe> probes) {
        JsonNode valid = validJson(op);
        for (Field field : fields(op.bodySchema(), valid)) {
            for (Hostile hostile : forJsonField(field)) {
                JsonNode body = valid.deepCopy();
                set(body, field.path(), hostile.json());
                probes.add(new Probe("body " + field.name() + " = " + hostile.what(), hostile.refuse(), target,
                        headers, bytes(body)));
            }
        }
        boolean required = op.bodyRequired();
        probes.add(new Probe("body not JSON", true, target, headers, "{\"unterminated\": ".getBytes()));
        probes.add(new Probe("body empty", required, target, headers, new byte[0]));
        probes.add(new Probe("body JSON null", required, target, headers, "null".getBytes()));
        if (valid.isObject()) {
            probes.add(new Probe("body an array instead of an object", true, target, headers, "[]".getBytes()));
            probes.add(new Probe("body a string instead of an object", true, target, headers, "\"x\"".getBytes()));
            ObjectNode extra = ((ObjectNode) valid.deepCopy()).put("hostileUnknownField", "x");
            probes.add(new Probe("body with an unknown field", false, target, headers, bytes(extra)));
        }
        String text = new String(bytes(valid), StandardCharsets.UTF_8);
        int quote = text.indexOf(":\"");
        if (quote > 0) {
            byte[] before = text.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
            byte[] after = text.substring(quote + 2).getBytes(StandardCharsets.UTF_8);
            byte[] invalid = new byte[before.length + 3 + after.length];
            System.arraycopy(before, 0, invalid, 0, before.length);
            invalid[before.length] = (byte) 0xED;
            invalid[before.length + 1] = (byte) 0xA0;
            invalid[before.length + 2] = (byte) 0x80;
            System.arraycopy(after, 0, invalid, before.length + 3, after.length);
            probes.add(new Probe("body with invalid UTF-8 (an encoded surrogate) in its first text", true, target,
                    headers, invalid));
        }
    }

    private void formProbes(Operation op, String target, Map<String, String> headers, List<Probe> probes) {
        Map<String, String> fields = formFields(op);
        for (String name : fields.keySet()) {
            for (Hostile hostile : forText(null, true)) {
                probes.add(new Probe("form " + name + " = " + hostile.what(), hostile.refuse(), target, headers,
                        form(fields, name, hostile.raw()).getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        probes.add(new Probe("form empty", false, target, headers, new byte[0]));
        probes.add(new Probe("form of bare escapes", true, target, headers, "%zz=%&%e4%b8".getBytes()));
    }

    private Map<String, String> formFields(Operation op) {
        Map<String, String> fields = new LinkedHashMap<>();
        op.bodySchema().path("properties").fields().forEachRemaining(f -> fields.put(f.getKey(), values.text(f.getValue())));
        return fields;
    }

    private static String form(Map<String, String> fields, String hostileName, String hostileRaw) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(name).append('=').append(name.equals(hostileName) ? hostileRaw : encode(value));
        });
        return form.toString();
    }

    /** Text values, raw as they go into a URL or form (already percent-encoded where they are hostile escapes). */
    private static List<Hostile> forText(JsonNode schema, boolean inPathOrForm) {
        List<Hostile> all = new ArrayList<>(List.of(
                new Hostile("NUL %00", "a%00b", true),
                new Hostile("lone surrogate %ED%A0%80", "a%ED%A0%80b", true),
                new Hostile("invalid escape %zz", "a%zzb", true),
                new Hostile("bare %", "a%", true),
                new Hostile("truncated escape %e4%b8", "a%e4%b8", true),
                new Hostile("control characters %01%1b", "a%01%1bb", inPathOrForm && schema != null)));
        if (inPathOrForm) {
            all.add(new Hostile("1 MB text", MEGABYTE, false));
            all.add(new Hostile("empty", "", false));
        } else {
            all.add(new Hostile("10 KB text", TEN_KB, false));
            all.add(new Hostile("empty", "", false));
        }
        return all;
    }

    private static List<Hostile> forParam(Param param) {
        JsonNode schema = param.schema();
        String type = Schemas.type(schema);
        String format = schema.path("format").asText("");
        boolean path = param.in().equals("path");
        List<Hostile> all = new ArrayList<>();
        // Header and cookie values are not percent-decoded: escapes are plain text there, and only what the
        // HTTP layer refuses (control characters) or what no route may choke on is sent.
        if (param.in().equals("header") || param.in().equals("cookie")) {
            all.add(new Hostile("control character", "a\u0001b", false));
            all.add(new Hostile("raw bytes of a surrogate", "a\u00ed\u00a0\u0080b", false));
            all.add(new Hostile("10 KB", TEN_KB, false));
            all.add(new Hostile("empty", "", false));
            return all;
        }
        all.addAll(List.of(
                new Hostile("NUL %00", "%00", true),
                new Hostile("lone surrogate %ED%A0%80", "%ED%A0%80", true),
                new Hostile("invalid escape %zz", "%zz", true),
                new Hostile("bare %", "%", true),
                new Hostile("truncated escape %e4%b8", "%e4%b8", true),
                new Hostile("control characters %01%1b", "a%01%1bb", path)));
        if (path) {
            all.add(new Hostile("traversal ..%2f", "..%2f..%2fadmin%2faccounts", true));
            all.add(new Hostile("a UUID of nothing",
                    UUID.nameUUIDFromBytes(("nothing " + param.name()).getBytes(StandardCharsets.UTF_8)).toString(), true));
            all.add(new Hostile("10 KB id", TEN_KB, true));
        } else {
            all.add(new Hostile("10 KB text", TEN_KB, false));
            all.add(new Hostile("empty", "", false));
        }
        switch (type) {
            case "integer", "number" -> {
                all.add(new Hostile("99999999999999999999", "99999999999999999999", true));
                all.add(new Hostile("1e400", "1e400", true));
                all.add(new Hostile("-1", "-1", path || schema.path("minimum").asDouble(-2) >= 0));
                if (type.equals("integer")) {
                    all.add(new Hostile("1.5 for an integer", "1.5", true));
                }
                all.add(new Hostile("text for a number", "abc", true));
            }
            case "boolean" -> all.add(new Hostile("text for a boolean", "maybe", true));
            default -> {
                if (schema.has("enum")) {
                    all.add(new Hostile("a value outside the enum", "NO_SUCH_VALUE", true));
                }
                if (format.equals("uuid")) {
                    all.add(new Hostile("not a UUID", "not-a-uuid", true));
                }
                if (format.equals("date") || format.equals("date-time")) {
                    all.add(new Hostile("an impossible date", "2026-13-45", true));
                }
            }
        }
        return all;
    }

    private static List<Hostile> forJsonField(Field field) {
        JsonNode schema = field.schema();
        String type = Schemas.type(schema);
        List<Hostile> all = new ArrayList<>();
        all.add(new Hostile("null", JSON.nullNode(), field.required()));
        switch (type) {
            case "object" -> {
                all.add(new Hostile("an array for an object", JSON.arrayNode(), true));
                all.add(new Hostile("a string for an object", JSON.textNode("x"), true));
            }
            case "array" -> {
                all.add(new Hostile("an object for an array", JSON.objectNode(), true));
                all.add(new Hostile("an array of null", JSON.arrayNode().addNull(), false));
            }
            case "integer", "number" -> {
                all.add(new Hostile("1e400", JSON.textNode(NUMBER_1E400), true));
                all.add(new Hostile("99999999999999999999", JSON.numberNode(new BigInteger("99999999999999999999")), true));
                all.add(new Hostile("-1", JSON.numberNode(-1), schema.path("minimum").asDouble(-2) >= 0));
                if (type.equals("integer")) {
                    all.add(new Hostile("1.5 for an integer", JSON.numberNode(1.5), true));
                }
                all.add(new Hostile("text for a number", JSON.textNode("abc"), true));
                all.add(new Hostile("an object for a number", JSON.objectNode(), true));
            }
            case "boolean" -> {
                all.add(new Hostile("text for a boolean", JSON.textNode("maybe"), true));
                all.add(new Hostile("an object for a boolean", JSON.objectNode(), true));
            }
            default -> {
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                boolean emptyInvalid = schema.path("minLength").asInt(0) > 0
                        || (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
                                .matcher("").find());
                all.add(new Hostile("NUL \\u0000", JSON.textNode("a\u0000b"), true));
                all.add(new Hostile("lone surrogate \\ud800", JSON.textNode(LONE_SURROGATE), true));
                all.add(new Hostile("control characters \\u0001\\u001b", JSON.textNode("a\u0001\u001bb"), false));
                all.add(new Hostile("1 MB text", JSON.textNode(MEGABYTE), max < MEGABYTE.length()));
                all.add(new Hostile("empty text", JSON.textNode(""), emptyInvalid || schema.has("enum")
                        || schema.has("format")));
                all.add(new Hostile("a number for a text", JSON.numberNode(12345), false));
                all.add(new Hostile("an object for a text", JSON.objectNode(), true));
                all.add(new Hostile("an array for a text", JSON.arrayNode().add("x"), true));
                if (schema.has("enum")) {
                    all.add(new Hostile("a value outside the enum", JSON.textNode("NO_SUCH_VALUE"), true));
                }
                String format = schema.path("format").asText("");
                if (format.equals("uuid")) {
                    all.add(new Hostile("not a UUID", JSON.textNode("not-a-uuid"), true));
                } else if (format.equals("date") || format.equals("date-time")) {
                    all.add(new Hostile("an impossible date", JSON.textNode("2026-13-45"), true));
                }
            }
        }
        return all;
    }

    /** A field of the body: its path from the root, its schema and whether it is required. */
    record Field(String name, List<Object> path, JsonNode schema, boolean required) {
    }

    /** A hostile value: raw text for URLs, forms and headers, or a JSON value for bodies. */
    record Hostile(String what, String raw, JsonNode json, boolean refuse) {
        Hostile(String what, String raw, boolean refuse) {
            this(what, raw, null, refuse);
        }

        Hostile(String what, JsonNode json, boolean refuse) {
            this(what, null, json, refuse);
        }
    }

    /** The top-level fields of the body, then the fields of its required objects and of the first item of its arrays. */
    private List<Field> fields(JsonNode schema, JsonNode valid) {
        List<Field> fields = new ArrayList<>();
        addFields(schema, List.of(), "", fields);
        for (Field top : List.copyOf(fields)) {
            JsonNode present = valid.path((String) top.path().get(0));
            JsonNode topSchema = top.schema();
            if (present.isObject()) {
                addFields(topSchema, top.path(), top.name() + ".", fields);
            } else if (present.isArray() && present.size() > 0 && present.get(0).isObject()) {
                List<Object> item = new ArrayList<>(top.path());
                item.add(0);
                addFields(values.schemas().resolve(topSchema.path("items")), item, top.name() + "[0].", fields);
            }
        }
        fields.sort((a, b) -> Boolean.compare(b.required(), a.required()));
        return fields.subList(0, Math.min(MAX_FIELDS, fields.size()));
    }

    private void addFields(JsonNode schema, List<Object> parent, String prefix, List<Field> into) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            List<Object> path = new ArrayList<>(parent);
            path.add(p.getKey());
            into.add(new Field(prefix + p.getKey(), path, values.schemas().resolve(p.getValue()),
                    required.contains(p.getKey())));
        });
    }

    private static void set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    static byte[] bytes(JsonNode body) {
        try {
            String text = MAPPER.writeValueAsString(body)
                    .replace("\"" + LONE_SURROGATE + "\"", "\"a\\ud800b\"")
                    .replace("\"" + NUMBER_1E400 + "\"", "1e400");
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> headers(Operation op, Map<String, String> validParams, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "*/*");
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        for (Param p : op.params()) {
            if (p.in().equals("header")) {
                headers.put(p.name(), validParams.get(p.name()));
            }
        }
        return headers;
    }

    private static Map<String, String> encoded(Map<String, String> valid) {
        Map<String, String> raw = new LinkedHashMap<>();
        valid.forEach((name, value) -> raw.put(name, encode(value)));
        return raw;
    }

    private static String target(Operation op, Map<String, String> raw, String hostileQuery) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", raw.get(p.name()));
            } else if (p.in().equals("query") && (p.required() || p.name().equals(hostileQuery))) {
                query.append(query.isEmpty() ? '?' : '&').append(p.name()).append('=').append(raw.get(p.name()));
            }
        }
        return path + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
