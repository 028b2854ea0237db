package org.appsupervision.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.gateway.routing.ServiceRoutes;
import org.jboss.logging.Logger;

/**
 * One OpenAPI document for the suite, assembled at run time: the gateway's own document plus what
 * each service publishes at {@code /q/openapi}. Paths and component schemas are merged; a schema whose name
 * another document already gave to a different schema is kept under the service's prefix ({@link SchemaMerge}); a service
 * that publishes nothing is named under {@code x-services-not-documented}. Cached for a minute.
 */
@ApplicationScoped
public class ApiDocs {

    private static final Logger LOG = Logger.getLogger(ApiDocs.class);
    private static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile ObjectNode cached;
    private volatile Instant cachedAt = Instant.EPOCH;

    public ApiDocs(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public ObjectNode document(int ownPort) {
        if (cached != null && cachedAt.plus(CACHE_FOR).isAfter(Instant.now())) {
            return cached;
        }
        ObjectNode merged = json.createObjectNode();
        JsonNode own = fetch("http://127.0.0.1:" + ownPort);
        if (own != null) {
            merged.setAll((ObjectNode) own);
        }
        merged.put("openapi", own != null && own.has("openapi") ? own.get("openapi").asText() : "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "APP侵害用户权益全链条监管 / Supervision chain API");
        info.put("version", "0.1.0");
        info.put("description", "Generated at run time by the gateway from its own document and the services' "
                + "documents; do not edit. Every path is called through the gateway.");
        ObjectNode paths = merged.has("paths") ? (ObjectNode) merged.get("paths") : merged.putObject("paths");
        SchemaMerge schemas = new SchemaMerge(schemasOf(merged));
        ArrayNode missing = json.createArrayNode();
        for (Map.Entry<String, String> service : services().entrySet()) {
            List<String> prefixes = prefixesOf(service.getValue());
            JsonNode doc = fetch(service.getValue());
            if (doc == null || !doc.has("paths")) {
                missing.add(service.getKey());
                continue;
            }
            Map<String, String> renamed = schemas.add(service.getKey().replace("-service", ""),
                    doc.path("components").path("schemas"));
            doc.get("paths").fields().forEachRemaining(path -> {
                if (routedBy(prefixes, path.getKey())) {
                    paths.set(path.getKey(), SchemaMerge.rewrite(path.getValue(), renamed));
                }
            });
        }
        merged.remove("servers");
        merged.set("x-services-not-documented", missing);
        cached = merged;
        cachedAt = Instant.now();
        return merged;
    }

    /**
     * The path templates the services document under the prefixes the gateway routes to them, fetched now (a
     * blocking call); a service that publishes nothing adds none.
     */
    public Set<String> routedPathTemplates() {
        Set<String> templates = new TreeSet<>();
        for (Map.Entry<String, String> service : services().entrySet()) {
            List<String> prefixes = prefixesOf(service.getValue());
            JsonNode doc = fetch(service.getValue());
            if (doc != null && doc.has("paths")) {
                doc.get("paths").fieldNames().forEachRemaining(path -> {
                    if (routedBy(prefixes, path)) {
                        templates.add(path);
                    }
                });
            }
        }
        return templates;
    }

    private List<String> prefixesOf(String baseUrl) {
        return ServiceRoutes.routes(config.routes()).stream()
                .filter(r -> r.baseUrl().equals(baseUrl)).map(ServiceRoutes.Route::prefix).toList();
    }

    private static boolean routedBy(List<String> prefixes, String path) {
        return prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private Map<String, String> services() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("notice-service", config.routes().notice());
        services.put("appstore-service", config.routes().appstore());
        services.put("penalty-service", config.routes().penalty());
        return services;
    }

    private ObjectNode schemasOf(ObjectNode doc) {
        ObjectNode components = doc.has("components") ? (ObjectNode) doc.get("components") : doc.putObject("components");
        return components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
    }

    private JsonNode fetch(String baseUrl) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(3)).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debugf("No OpenAPI document at %s: %s", baseUrl, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
