package org.appsupervision.portal.publicnotice;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;

/** Searches and reads published notices through notice-service's public API, for everyone. */
@ApplicationScoped
public class PublicNoticePageService {

    static final Set<String> KINDS = Set.of("RECTIFICATION", "RECHECK", "TAKEDOWN");
    static final int PAGE_SIZE = 20;

    private final ServiceClient services;

    public PublicNoticePageService(ServiceClient services) {
        this.services = services;
    }

    /** A published notice, its problem or outage as a failure text, or empty when it does not exist (or is no longer public). */
    public record Read(NoticeDocument document, String failure) {
    }

    public NoticeSearch search(NoticeSearch.Criteria asked, Viewer viewer, PortalMessages m) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkDate(asked.from(), "from", errors, m);
        checkDate(asked.to(), "to", errors, m);
        if (asked.kind() != null && !asked.kind().isEmpty() && !KINDS.contains(asked.kind())) {
            errors.put("kind", m.search_invalid_kind());
        }
        List<NoticeSearch.ProblemKind> kinds = problemKinds(viewer);
        if (!errors.isEmpty()) {
            return new NoticeSearch(asked, null, kinds, errors, null);
        }
        String query = "?page=" + asked.page() + "&size=" + PAGE_SIZE + param("app", asked.app())
                + param("operator", asked.operator()) + param("problem", asked.problem()) + param("from", asked.from())
                + param("to", asked.to()) + param("kind", asked.kind());
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/public/notices" + query, null));
        if (!reply.ok()) {
            return new NoticeSearch(asked, null, kinds, fieldErrors(reply), failure(reply, m));
        }
        return new NoticeSearch(asked, services.read(reply, NoticeSearch.Results.class), kinds, Map.of(), null);
    }

    public Optional<Read> read(UUID id, PortalMessages m) {
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/public/notices/" + id, null));
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (!reply.ok()) {
            return Optional.of(new Read(null, failure(reply, m)));
        }
        return Optional.of(new Read(services.read(reply, NoticeDocument.class), null));
    }

    /** The problem kinds to choose from: notice-service lists them to logged-in readers only. */
    private List<NoticeSearch.ProblemKind> problemKinds(Viewer viewer) {
        if (viewer == null) {
            return List.of();
        }
        ServiceReply reply = services.await(services.get(PortalService.NOTICE, "/api/reference/problem-kinds", viewer));
        return reply.array().stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .map(k -> new NoticeSearch.ProblemKind(k.getString("code"), k.getString("labelZh", k.getString("code"))))
                .toList();
    }

    private static void checkDate(String value, String field, Map<String, String> errors, PortalMessages m) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, m.search_invalid_date());
        }
    }

    private static Map<String, String> fieldErrors(ServiceReply reply) {
        return reply.problem() == null ? Map.of() : reply.problem().fieldErrors();
    }

    private static String failure(ServiceReply reply, PortalMessages m) {
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m)) : reply.problem().title();
    }

    private static String param(String name, String value) {
        return value == null || value.isEmpty() ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
