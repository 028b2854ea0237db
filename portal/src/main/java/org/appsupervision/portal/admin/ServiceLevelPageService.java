package org.appsupervision.portal.admin;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.ServiceLevel;
import org.appsupervision.portal.ops.OpsMessages;

/** Reads and changes appstore-service's takedown target (the time a store has to confirm a takedown). */
@ApplicationScoped
public class ServiceLevelPageService {

    private final AppstoreApi appstore;

    public ServiceLevelPageService(AppstoreApi appstore) {
        this.appstore = appstore;
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
        Answer<ServiceLevel> answer = call(appstore.serviceLevel());
        if (!answer.ok()) {
            return new Level(null, false, null, null, null, problem != null ? problem : refusal(answer.failure(), m),
                    errors, entered);
        }
        ServiceLevel level = answer.value();
        // A test deployment may configure seconds; the page still says it in (fractional) hours.
        BigDecimal hours = BigDecimal.valueOf(level.takedownTargetSeconds())
                .divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return new Level(hours, "SET".equals(level.source()), level.changedBy(), level.changedAt(), level.reason(),
                problem, errors, entered);
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
        return answer(call(appstore.changeServiceLevel(body.encode())).reply(), m);
    }

    /** Returns to the deployment's default; null when done, otherwise the refusal under "form". */
    public Map<String, String> reset(Viewer viewer, PortalMessages m) {
        return answer(call(appstore.resetServiceLevel()).reply(), m);
    }

    private static Answer<ServiceLevel> call(io.smallrye.mutiny.Uni<ServiceLevel> call) {
        return Answer.of(PortalService.APPSTORE, call).await().indefinitely();
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
