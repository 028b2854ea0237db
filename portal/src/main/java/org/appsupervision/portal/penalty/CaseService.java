package org.appsupervision.portal.penalty;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.ops.OpsMessages;
import org.appsupervision.portal.ops.Query;
import org.appsupervision.platform.security.Roles;

/**
 * Reads penalty cases, their deadlines, history and the legal bases from penalty-service with the
 * viewer's token (so a bureau sees its own province only) and passes the officers' steps on to it.
 */
@ApplicationScoped
public class CaseService {

    static final List<String> STAGES = List.of("FILED", "INVESTIGATION", "REVIEW", "PRIOR_NOTICE", "HEARING",
            "DECISION_PROPOSED", "DECIDED", "EXECUTION", "CLOSED");

    private final ServiceClient services;

    public CaseService(ServiceClient services) {
        this.services = services;
    }

    public PenaltyViews.CaseList list(String stage, Viewer viewer, PortalMessages m, OpsMessages ops) {
        String wanted = stage != null && STAGES.contains(stage) ? stage : null;
        ServiceReply reply = services.await(services.getAll(PortalService.PENALTY,
                "/api/penalty/cases" + Query.of().add("stage", wanted), viewer));
        List<PenaltyViews.CaseLine> lines = objects(reply.array()).stream().map(c -> line(c, ops)).toList();
        List<PenaltyViews.StageGroup> groups = new ArrayList<>();
        for (String s : STAGES) {
            List<PenaltyViews.CaseLine> of = lines.stream().filter(l -> s.equals(l.stage()))
                    .sorted(Comparator.comparing((PenaltyViews.CaseLine l) -> l.next() == null ? LocalDate.MAX : l.next().dueDate()))
                    .toList();
            if (!of.isEmpty()) {
                groups.add(new PenaltyViews.StageGroup(s, stageLabel(s, ops), of));
            }
        }
        int overdue = (int) lines.stream().filter(PenaltyViews.CaseLine::overdue).count();
        return new PenaltyViews.CaseList(groups, wanted, lines.size(), overdue, problem(reply, m));
    }

    public PenaltyViews.CasePage page(UUID id, Viewer viewer, PortalMessages m, OpsMessages ops, Failure failure,
            String done) {
        Uni<ServiceReply> one = services.get(PortalService.PENALTY, "/api/penalty/cases/" + id, viewer);
        Uni<ServiceReply> history = services.get(PortalService.PENALTY, "/api/penalty/cases/" + id + "/history", viewer);
        Uni<ServiceReply> bases = services.get(PortalService.PENALTY, "/api/penalty/legal-bases", viewer);
        var replies = Uni.combine().all().unis(one, history, bases).asTuple().await().indefinitely();
        ServiceReply caseReply = replies.getItem1();
        if (!caseReply.ok()) {
            return null;
        }
        JsonObject c = caseReply.object();
        String stage = c.getString("stage");
        List<PenaltyViews.Deadline> deadlines = objects(c.getJsonArray("deadlines")).stream()
                .map(PenaltyViews.Deadline::of).toList();
        List<PenaltyViews.Step> steps = objects(replies.getItem2().array()).stream()
                .map(s -> new PenaltyViews.Step(s.getString("action"), s.getString("fromStage"), s.getString("toStage"),
                        s.getString("actor"), s.getString("at") == null ? null : Instant.parse(s.getString("at")),
                        s.getString("note")))
                .toList();
        boolean serious = c.getBoolean("serious", false);
        List<PenaltyViews.Cap> caps = objects(replies.getItem3().array()).stream().map(b -> cap(b, serious)).toList();
        Failure f = failure == null ? Failure.NONE : failure;
        String problem = f.problem();
        if (problem == null && !replies.getItem3().ok()) {
            problem = problem(replies.getItem3(), m);
        }
        return new PenaltyViews.CasePage(id, c, stageLabel(stage, ops), deadlines, steps, caps, CaseSteps.offeredAt(stage),
                viewer.has(Roles.BUREAU), problem, f.step(), f.fieldErrors(), f.entered(), done);
    }

    /** What the case page says about a refused step: the step, the problem, the fields at fault, what was typed. */
    public record Failure(String step, String problem, Map<String, String> fieldErrors, Map<String, String> entered) {
        static final Failure NONE = new Failure(null, null, Map.of(), Map.of());
    }

    /** Sends a step to penalty-service; null when it was taken, otherwise what the page shows. */
    public Failure step(UUID id, String step, Map<String, String> form, Viewer viewer, PortalMessages m, OpsMessages ops) {
        List<String> bad = CaseSteps.badAmounts(form);
        if (!bad.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            bad.forEach(f -> errors.put(f, ops.amount_invalid()));
            return new Failure(step, ops.form_has_errors(), errors, form);
        }
        ServiceReply reply = services.await(services.send(PortalService.PENALTY, HttpMethod.POST,
                "/api/penalty/cases/" + id + "/" + step, viewer, "application/json",
                Buffer.buffer(CaseSteps.body(step, form).encode())));
        if (reply.ok()) {
            return null;
        }
        if (reply.unavailable()) {
            return new Failure(step, m.service_unavailable(reply.service().label(m)), Map.of(), form);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        reply.problem().fieldErrors().forEach((field, message) -> errors.merge(simpleName(field), message, (a, b) -> a + "; " + b));
        String type = reply.problem().type();
        if (type.endsWith("/outside-penalty-range") || type.endsWith("/heavier-than-prior-notice")) {
            errors.put("fine", reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        } else if (type.endsWith("/unverified-legal-basis")) {
            errors.put("legalBasis", reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        }
        return new Failure(step, problem(reply, m), errors, form);
    }

    private static PenaltyViews.CaseLine line(JsonObject c, OpsMessages ops) {
        List<PenaltyViews.Deadline> open = objects(c.getJsonArray("deadlines")).stream().map(PenaltyViews.Deadline::of)
                .filter(PenaltyViews.Deadline::open).sorted(Comparator.comparing(PenaltyViews.Deadline::dueDate)).toList();
        String stage = c.getString("stage");
        return new PenaltyViews.CaseLine(UUID.fromString(c.getString("id")), c.getString("caseNumber"),
                c.getString("bureauName"), c.getString("subjectName"), stage, stageLabel(stage, ops),
                PenaltyViews.date(c, "filedOn"), open.isEmpty() ? null : open.get(0),
                open.stream().anyMatch(PenaltyViews.Deadline::overdue));
    }

    private static PenaltyViews.Cap cap(JsonObject b, boolean serious) {
        List<String> penalties = strings(b.getJsonArray(serious ? "seriousPenalties" : "ordinaryPenalties"));
        return new PenaltyViews.Cap(b.getString("code"), b.getString("citation"), b.getBoolean("verified", false),
                PenaltyViews.date(b, "effectiveFrom"), PenaltyViews.date(b, "effectiveTo"), penalties,
                decimal(b, serious ? "seriousFineCap" : "ordinaryFineCap"), serious ? decimal(b, "seriousTurnoverPercent") : null,
                decimal(b, "gainsMultipleMin"), decimal(b, "gainsMultipleMax"),
                decimal(b, serious ? "personMinSerious" : "personMinOrdinary"),
                decimal(b, serious ? "personMaxSerious" : "personMaxOrdinary"));
    }

    public static String stageLabel(String stage, OpsMessages ops) {
        return switch (stage == null ? "" : stage) {
            case "FILED" -> ops.stage_filed();
            case "INVESTIGATION" -> ops.stage_investigation();
            case "REVIEW" -> ops.stage_review();
            case "PRIOR_NOTICE" -> ops.stage_prior_notice();
            case "HEARING" -> ops.stage_hearing();
            case "DECISION_PROPOSED" -> ops.stage_decision_proposed();
            case "DECIDED" -> ops.stage_decided();
            case "EXECUTION" -> ops.stage_execution();
            case "CLOSED" -> ops.stage_closed();
            default -> stage;
        };
    }

    private static String simpleName(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }

    private static java.math.BigDecimal decimal(JsonObject json, String field) {
        Object value = json.getValue(field);
        return value == null ? null : new java.math.BigDecimal(value.toString());
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.stream().map(String::valueOf).toList();
    }

    static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
