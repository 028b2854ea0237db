package org.appsupervision.portal.penalty;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The procedure's steps as the case page offers them: which steps each stage allows (the service
 * decides in the end), and how a step's form fields become the body penalty-service expects.
 */
final class CaseSteps {

    /** Every step path the page may post, relative to {@code /api/penalty/cases/{id}/}. */
    static final Set<String> ALL = Set.of("investigation", "investigators", "review", "legal-review", "prior-notice",
            "defence", "hearing-request", "hearing", "hearing-record", "decision", "decision/approval", "service",
            "publication", "closing", "decision-extension");

    private static final Map<String, List<String>> BY_STAGE = Map.of(
            "FILED", List.of("investigation", "closing"),
            "INVESTIGATION", List.of("investigators", "review", "decision-extension", "closing"),
            "REVIEW", List.of("legal-review", "prior-notice", "decision-extension", "closing"),
            "PRIOR_NOTICE", List.of("defence", "hearing-request", "decision", "decision-extension"),
            "HEARING", List.of("hearing", "hearing-record", "decision", "decision-extension"),
            "DECISION_PROPOSED", List.of("decision/approval"),
            "DECIDED", List.of("service"),
            "EXECUTION", List.of("publication", "closing"));

    private CaseSteps() {
    }

    static List<String> offeredAt(String stage) {
        return stage == null ? List.of() : BY_STAGE.getOrDefault(stage, List.of());
    }

    /** The JSON body of a step from its form; amounts that do not parse are left for the page to flag first. */
    static JsonObject body(String step, Map<String, String> form) {
        JsonObject body = new JsonObject();
        put(body, "on", form.get("on"));
        switch (step) {
            case "investigators" -> {
                // Recording an investigator has no day of its own; penalty-service refuses fields it does not read.
                body.remove("on");
                put(body, "name", form.get("name"));
            }
            case "review" -> {
                put(body, "findings", form.get("findings"));
                body.put("serious", "true".equals(form.get("serious")));
                putAmount(body, "illegalGainsCny", form.get("illegalGainsCny"));
                putAmount(body, "previousYearTurnoverCny", form.get("previousYearTurnoverCny"));
            }
            case "legal-review" -> put(body, "opinion", form.get("opinion"));
            case "prior-notice", "decision" -> {
                put(body, "legalBasis", form.get("legalBasis"));
                put(body, "reasons", form.get("reasons"));
                body.put("penalties", penalties(form));
            }
            case "defence" -> put(body, "statement", form.get("statement"));
            case "hearing" -> {
                body.remove("on");
                put(body, "hearingOn", form.get("hearingOn"));
                put(body, "noticeOn", form.get("noticeOn"));
            }
            case "hearing-record" -> put(body, "record", form.get("record"));
            case "closing" -> {
                put(body, "outcome", form.get("outcome"));
                put(body, "reason", form.get("reason"));
            }
            case "decision-extension" -> {
                body.remove("on");
                put(body, "reason", form.get("reason"));
                body.put("days", parseInt(form.get("days")));
            }
            default -> {
            }
        }
        return body;
    }

    /** The form's amount fields that are not numbers, as field names. */
    static List<String> badAmounts(Map<String, String> form) {
        return List.of("fine", "confiscation", "personFine", "illegalGainsCny", "previousYearTurnoverCny").stream()
                .filter(f -> !blank(form.get(f)) && amount(form.get(f)) == null).toList();
    }

    private static JsonArray penalties(Map<String, String> form) {
        JsonArray penalties = new JsonArray();
        if ("true".equals(form.get("warning"))) {
            penalties.add(new JsonObject().put("type", "WARNING"));
        }
        addMoney(penalties, "FINE", form.get("fine"), null);
        addMoney(penalties, "CONFISCATION", form.get("confiscation"), null);
        addMoney(penalties, "RESPONSIBLE_PERSON_FINE", form.get("personFine"), form.get("personNote"));
        return penalties;
    }

    private static void addMoney(JsonArray penalties, String type, String amount, String note) {
        BigDecimal value = amount(amount);
        if (value != null) {
            JsonObject item = new JsonObject().put("type", type).put("amountCny", value);
            put(item, "note", note);
            penalties.add(item);
        }
    }

    static BigDecimal amount(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void putAmount(JsonObject body, String field, String text) {
        BigDecimal value = amount(text);
        if (value != null) {
            body.put(field, value);
        }
    }

    private static Integer parseInt(String text) {
        try {
            return blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(JsonObject body, String field, String value) {
        if (!blank(value)) {
            body.put(field, value.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
