package org.appsupervision.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every service's tests check of its operational endpoints: health and metrics answer on the management port
 * only (Kubernetes probes it, Prometheus scrapes it), and the public port answers 404 for them but keeps what is
 * public by design (the API document).
 */
public final class OperationsEndpoints {

    /** Health and metrics: on the management port only. */
    public static final List<String> PATHS = List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live",
            "/q/health/started");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private OperationsEndpoints() {
    }

    /** What is wrong on the management port: a path of {@link #PATHS} that does not answer 200, metrics without the JVM's. */
    public static List<String> faultsOnTheManagementPort(URI management) {
        List<String> faults = new ArrayList<>();
        for (String path : PATHS) {
            HttpResponse<String> answer = get(management, path);
            if (answer.statusCode() != 200) {
                faults.add("management " + path + " -> " + answer.statusCode());
            } else if (path.equals("/q/metrics") && !answer.body().contains("jvm_memory_used_bytes")) {
                faults.add("management /q/metrics without jvm_memory_used_bytes");
            }
        }
        return faults;
    }

    /**
     * What is wrong on the public port: a path of {@link #PATHS} that does not answer 404, or a public path (to the
     * text its answer must contain) that does not answer 200 with it.
     */
    public static List<String> faultsOnThePublicPort(URI base, Map<String, String> kept) {
        List<String> faults = new ArrayList<>();
        for (String path : PATHS) {
            int status = get(base, path).statusCode();
            if (status != 404) {
                faults.add("public " + path + " -> " + status);
            }
        }
        kept.forEach((path, text) -> {
            HttpResponse<String> answer = get(base, path);
            if (answer.statusCode() != 200 || !answer.body().contains(text)) {
                faults.add("public " + path + " -> " + answer.statusCode() + " without '" + text + "'");
            }
        });
        return faults;
    }

    private static HttpResponse<String> get(URI base, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + base.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
