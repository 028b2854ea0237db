package org.appsupervision.portal.admin;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.ops.OpsMessages;

/** Reads and changes appstore-service's takedown target (the time a store has to confirm a takedown). */
@ApplicationScoped
public class ServiceLevelPageService {

    private final ServiceClient services;

    public ServiceLevelPageService(ServiceClient services) {
        this.services = services;
    }

    /** The target in force (hours; who set it, when and why, if an admin did) and a refused change with what was typed. */
    public record Level(BigDecimal hours, boolean set, String changedBy, Instant changedAt, String reason, String problem,
            Map<String, String> fieldErrors, Map<String, String> entered) {

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }

        public String value(String field) {
            return entered.getOrDefault(field, "");
        }
    }

    public Level level(Viewer viewer, PortalMessages m, String problem, Map<String, String> errors,
            Map<String, String> entered) {
        ServiceReply reply = services.await(services.get(PortalService.APPSTORE, "/api/service-level", viewer));
        if (!reply.ok()) {
            return new Level(null, false, null, null, null, problem != null ? problem : refusal(reply, m), errors, entered);
        }
        JsonObject level = reply.object();
        String changedAt = level.getString("changedAt");
        Long seconds = level.getLong("takedownTargetSeconds");
        // A test deployment may configure seconds; the page still says it in (fractional) hours.
        BigDecimal hours = seconds == null ? null
                : BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return new Level(hours, "SET".equals(level.getString("source")),
                level.getString("changedBy"), changedAt == null ? null : Instant.parse(changedAt),
                level.getString("reason"), problem, errors, entered);
    }

    /** Sets a new target; null when appstore-service took it, otherwise the fields at fault (the refusal under "form"). */
    public Map<String, String> change(String hours, String reason, Viewer viewer, PortalMessages m, OpsMessages ops) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer h = parseHours(hours);
        if (h == null) {
            errors.put("hours", ops.service_level_hours_invalid());
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", ops.service_level_reason_missing());
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        JsonObject body = new JsonObject().put("takedownTarget", "PT" + h + "H").put("reason", reason.strip());
        return answer(services.await(services.send(PortalService.APPSTORE, HttpMethod.PUT, "/api/service-level", viewer,
                "application/json", Buffer.buffer(body.encode()))), m);
    }

    /** Returns to the deployment's default; null when done, otherwise the refusal under "form". */
    public Map<String, String> reset(Viewer viewer, PortalMessages m) {
        return answer(services.await(services.send(PortalService.APPSTORE, HttpMethod.DELETE, "/api/service-level",
                viewer, null, null)), m);
    }

    private static Map<String, String> answer(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!reply.unavailable()) {
            reply.problem().fieldErrors().forEach((field, message) ->
                    errors.put("takedownTarget".equals(field) ? "hours" : field, message));
        }
        errors.put("form", refusal(reply, m));
        return errors;
    }

    private static String refusal(ServiceReply reply, PortalMessages m) {
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static Integer parseHours(String hours) {
        try {
            int h = Integer.parseInt(hours == null ? "" : hours.strip());
            return h >= 1 && h <= 720 ? h : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
