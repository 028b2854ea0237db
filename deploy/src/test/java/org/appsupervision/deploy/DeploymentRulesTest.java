package org.appsupervision.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeploymentRulesTest {

    static final Set<String> SERVICES = Set.of("gateway", "notice-service", "appstore-service", "penalty-service");

    /** Name of the container port of Quarkus' management interface (health, metrics). */
    static final String MANAGEMENT = "management";

    static List<String> overlays() {
        return Overlay.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasADeploymentAServiceADisruptionBudgetAndAnAutoscaler(String name) {
        Overlay overlay = Overlay.named(name);
        for (String kind : List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler")) {
            assertEquals(SERVICES, names(overlay.ofKind(kind)), kind + "s of " + name);
        }
        for (ObjectNode hpa : overlay.ofKind("HorizontalPodAutoscaler")) {
            assertEquals(Overlay.nameOf(hpa), hpa.at("/spec/scaleTargetRef/name").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasStartupLivenessAndReadinessProbesOnTheHealthEndpointsOfItsManagementPort(String name) {
        List<String> faults = new ArrayList<>();
        forEachContainer(name, (deployment, container) -> {
            if (managementPort(container) < 0) {
                faults.add(deployment + ": no container port named " + MANAGEMENT);
            }
            expectProbe(faults, deployment, container, "startupProbe", "/q/health/started");
            expectProbe(faults, deployment, container, "livenessProbe", "/q/health/live");
            expectProbe(faults, deployment, container, "readinessProbe", "/q/health/ready");
        });
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noServiceRoutesTheManagementPortSoNeitherTheIngressNorAnyPodReachesItThroughOne(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> faults = new ArrayList<>();
        for (ObjectNode service : overlay.ofKind("Service")) {
            for (ObjectNode deployment : selectedBy(overlay, service)) {
                Set<String> management = managementPorts(deployment);
                for (JsonNode port : service.at("/spec/ports")) {
                    String target = port.path("targetPort").asText(port.path("port").asText());
                    if (management.contains(target)) {
                        faults.add(Overlay.describe(service) + " routes port " + target + " to the management port of "
                                + Overlay.describe(deployment));
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheMonitoringNamespacesPrometheusMayReachTheManagementPort(String name) {
        Overlay overlay = Overlay.named(name);
        List<String> faults = new ArrayList<>();
        for (ObjectNode deployment : overlay.ofKind("Deployment")) {
            Set<String> management = managementPorts(deployment);
            String app = deployment.at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText();
            for (ObjectNode policy : overlay.ofKind("NetworkPolicy")) {
                JsonNode selector = policy.at("/spec/podSelector/matchLabels");
                if (!selector.isMissingNode() && !selector.isEmpty()
                        && !app.equals(selector.path("app.kubernetes.io/name").asText())) {
                    continue;
                }
                for (JsonNode rule : policy.at("/spec/ingress")) {
                    boolean opensManagement = !rule.has("ports") || rule.path("ports").isEmpty();
                    for (JsonNode port : rule.path("ports")) {
                        opensManagement |= management.contains(port.path("port").asText());
                    }
                    if (!opensManagement) {
                        continue;
                    }
                    if (!rule.has("from") || rule.path("from").isEmpty()) {
                        faults.add(Overlay.describe(policy) + " opens the management port of " + app + " to everyone");
                    }
                    for (JsonNode peer : rule.path("from")) {
                        if (!isPrometheus(peer)) {
                            faults.add(Overlay.describe(policy) + " opens the management port of " + app + " to " + peer);
                        }
                    }
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String name) {
        List<String> faults = new ArrayList<>();
        forEachContainer(name, (deployment, container) -> {
            for (String part : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.path("resources").path(part).path(resource).asText().isBlank()) {
                        faults.add(deployment + ": no " + resource + " in " + part);
                    }
                }
            }
        });
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystemWithATmpVolume(String name) {
        List<String> faults = new ArrayList<>();
        for (ObjectNode deployment : Overlay.named(name).ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            String what = Overlay.describe(deployment);
            if (!pod.at("/securityContext/runAsNonRoot").asBoolean(false)) {
                faults.add(what + ": pod is not runAsNonRoot");
            }
            if (pod.at("/securityContext/runAsUser").asInt(0) == 0) {
                faults.add(what + ": pod runs as user 0");
            }
            if (!"RuntimeDefault".equals(pod.at("/securityContext/seccompProfile/type").asText())) {
                faults.add(what + ": no RuntimeDefault seccomp profile");
            }
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                faults.add(what + ": mounts a service account token it does not need");
            }
            Set<String> emptyDirs = new TreeSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
                    faults.add(what + ": root filesystem is writable");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    faults.add(what + ": allows privilege escalation");
                }
                if (!security.at("/capabilities/drop").toString().contains("\"ALL\"")) {
                    faults.add(what + ": does not drop all capabilities");
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= "/tmp".equals(mount.path("mountPath").asText()) && emptyDirs.contains(mount.path("name").asText());
                }
                if (!tmp) {
                    faults.add(what + ": no emptyDir on /tmp for Quarkus and the Kafka clients");
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void prometheusScrapesTheMetricsEndpointOnTheManagementPortOfEveryService(String name) {
        for (ObjectNode deployment : Overlay.named(name).ofKind("Deployment")) {
            JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
            assertEquals("true", annotations.path("prometheus.io/scrape").asText(), Overlay.describe(deployment));
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), Overlay.describe(deployment));
            assertEquals(String.valueOf(managementPort(deployment.at("/spec/template/spec/containers/0"))),
                    annotations.path("prometheus.io/port").asText(), "Prometheus scrapes the management port of "
                            + Overlay.describe(deployment));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayHasAnIngressAndItUsesTls(String name) {
        List<ObjectNode> ingresses = Overlay.named(name).ofKind("Ingress");
        assertEquals(1, ingresses.size(), "ingresses of " + name);
        JsonNode ingress = ingresses.get(0);
        Set<String> backends = new TreeSet<>();
        ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths")
                .forEach(path -> backends.add(path.at("/backend/service/name").asText())));
        assertEquals(Set.of("gateway"), backends);
        assertFalse(ingress.at("/spec/tls/0/secretName").asText().isBlank(), "the Ingress has no TLS secret");
        Set<String> tlsHosts = new TreeSet<>();
        ingress.at("/spec/tls").forEach(tls -> tls.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
        ingress.at("/spec/rules").forEach(rule -> assertTrue(tlsHosts.contains(rule.path("host").asText()),
                "host " + rule.path("host").asText() + " is served without TLS"));
        for (ObjectNode service : Overlay.named(name).ofKind("Service")) {
            assertEquals("ClusterIP", service.at("/spec/type").asText("ClusterIP"), Overlay.describe(service));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aDefaultDenyPolicyClosesEveryPodInBothDirections(String name) {
        boolean defaultDeny = Overlay.named(name).ofKind("NetworkPolicy").stream().anyMatch(policy ->
                policy.at("/spec/podSelector").isEmpty()
                        && policy.at("/spec/policyTypes").toString().contains("Ingress")
                        && policy.at("/spec/policyTypes").toString().contains("Egress")
                        && policy.at("/spec/ingress").isMissingNode()
                        && policy.at("/spec/egress").isMissingNode());
        assertTrue(defaultDeny, "no NetworkPolicy that selects every pod and allows nothing");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesTakeRequestsFromTheGatewayOnlyAndTheGatewayFromTheIngressController(String name) {
        Overlay overlay = Overlay.named(name);
        for (String service : SERVICES) {
            ObjectNode policy = overlay.find("NetworkPolicy", service).orElseThrow(() -> new AssertionError("no policy for " + service));
            assertEquals(service, policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText());
            for (JsonNode rule : policy.at("/spec/ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    String namespace = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
                    String pod = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText();
                    boolean allowed = isPrometheus(peer)
                            || ("gateway".equals(service) ? "ingress-nginx".equals(namespace) || isServicePeer(peer)
                                    : "gateway".equals(pod) && peer.path("namespaceSelector").isMissingNode());
                    assertTrue(allowed, service + " takes traffic from " + peer);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyAppstoreServiceReachesAddressesOutsideTheClusterAndNeverPrivateLinkLocalOrLoopbackOnes(String name) {
        Overlay overlay = Overlay.named(name);
        for (String service : SERVICES) {
            ObjectNode policy = overlay.find("NetworkPolicy", service).orElseThrow(() -> new AssertionError("no policy for " + service));
            for (JsonNode rule : policy.at("/spec/egress")) {
                for (JsonNode peer : rule.path("to")) {
                    JsonNode block = peer.path("ipBlock");
                    if (block.isMissingNode()) {
                        continue;
                    }
                    assertEquals("appstore-service", service, service + " reaches " + block);
                    List<String> except = Overlay.YAML.convertValue(block.path("except"), List.class);
                    Set<String> needed = block.path("cidr").asText().contains(":")
                            ? Set.of("2001::/23", "2002::/16")
                            : Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
                                    "127.0.0.0/8", "0.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4");
                    assertTrue(except != null && except.containsAll(needed), service + " may reach " + block);
                    assertTrue(Set.of("0.0.0.0/0", "2000::/3").contains(block.path("cidr").asText()), block.toString());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSendsItsTracesWhereTheSettingsSayAndMayReachOnlyTheCollectorForThem(String name) {
        Overlay overlay = Overlay.named(name);
        ObjectNode settings = overlay.find("ConfigMap", "supervision-settings").orElseThrow();
        assertTrue(settings.at("/data/otlp-traces-endpoint").asText().startsWith("http"), "no OTLP endpoint");
        for (String service : SERVICES) {
            ObjectNode deployment = overlay.find("Deployment", service).orElseThrow();
            JsonNode env = deployment.at("/spec/template/spec/containers/0/env");
            for (String[] setting : new String[][] {{"QUARKUS_OTEL_SDK_DISABLED", "tracing-disabled"},
                    {"QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "otlp-traces-endpoint"},
                    {"QUARKUS_OTEL_TRACES_SAMPLER_ARG", "traces-sampler-ratio"}}) {
                JsonNode from = entry(env, setting[0]).at("/valueFrom/configMapKeyRef");
                assertEquals("supervision-settings", from.path("name").asText(), setting[0] + " of " + service);
                assertEquals(setting[1], from.path("key").asText(), setting[0] + " of " + service);
                assertFalse(settings.at("/data/" + setting[1]).isMissingNode(), "no " + setting[1]);
            }
            ObjectNode policy = overlay.find("NetworkPolicy", service).orElseThrow();
            boolean collector = false;
            for (JsonNode rule : policy.at("/spec/egress")) {
                for (JsonNode peer : rule.path("to")) {
                    collector |= "monitoring".equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                            .asText()) && "opentelemetry-collector".equals(
                                    peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                            && "4318".equals(rule.at("/ports/0/port").asText()) && rule.path("ports").size() == 1;
                }
            }
            assertTrue(collector, service + " cannot reach the collector's OTLP/HTTP port");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretIsPartOfTheManifests(String name) {
        assertEquals(List.of(), Overlay.named(name).ofKind("Secret"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceReadsItsDatabaseCredentialsFromTheOperatorSecret(String name) {
        for (ObjectNode deployment : Overlay.named(name).ofKind("Deployment")) {
            String database = Overlay.nameOf(deployment).replace("-service", "");
            JsonNode env = deployment.at("/spec/template/spec/containers/0/env");
            for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                JsonNode entry = entry(env, variable);
                assertEquals(database + "-db-app", entry.at("/valueFrom/secretKeyRef/name").asText(), variable + " of " + Overlay.describe(deployment));
            }
            assertTrue(entry(env, "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText()
                    .startsWith("jdbc:postgresql://" + database + "-db-rw:5432/" + database + "?"), Overlay.describe(deployment));
            assertTrue(Overlay.named(name).find("Cluster", database + "-db").isPresent(), "no database cluster for " + database);
        }
    }

    private static boolean isServicePeer(JsonNode peer) {
        JsonNode expression = peer.at("/podSelector/matchExpressions/0");
        return peer.path("namespaceSelector").isMissingNode()
                && "app.kubernetes.io/name".equals(expression.path("key").asText())
                && "In".equals(expression.path("operator").asText())
                && Set.of("notice-service", "appstore-service", "penalty-service")
                        .equals(new TreeSet<>(Overlay.YAML.convertValue(expression.path("values"), List.class)));
    }

    /** The container port named {@value #MANAGEMENT}, or -1. */
    private static int managementPort(JsonNode container) {
        for (JsonNode port : container.path("ports")) {
            if (MANAGEMENT.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt(-1);
            }
        }
        return -1;
    }

    /** The management port of the deployment's containers, by name and by number (a Service may name either). */
    private static Set<String> managementPorts(ObjectNode deployment) {
        Set<String> ports = new TreeSet<>();
        for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
            int port = managementPort(container);
            if (port > 0) {
                ports.add(MANAGEMENT);
                ports.add(String.valueOf(port));
            }
        }
        return ports;
    }

    /** Deployments whose pods carry every label of the Service's selector. */
    private static List<ObjectNode> selectedBy(Overlay overlay, ObjectNode service) {
        JsonNode selector = service.at("/spec/selector");
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode deployment : overlay.ofKind("Deployment")) {
            JsonNode labels = deployment.at("/spec/template/metadata/labels");
            boolean all = selector.size() > 0;
            for (var entry : (Iterable<java.util.Map.Entry<String, JsonNode>>) selector::fields) {
                all &= entry.getValue().asText().equals(labels.path(entry.getKey()).asText());
            }
            if (all) {
                selected.add(deployment);
            }
        }
        return selected;
    }

    /** A peer that is the Prometheus pods of the monitoring namespace, and nothing wider. */
    private static boolean isPrometheus(JsonNode peer) {
        return "monitoring".equals(peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText())
                && "prometheus".equals(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                && !peer.has("ipBlock");
    }

    private static JsonNode entry(JsonNode env, String name) {
        for (JsonNode entry : env) {
            if (name.equals(entry.path("name").asText())) {
                return entry;
            }
        }
        throw new AssertionError("no " + name);
    }

    private static void expectProbe(List<String> faults, String deployment, JsonNode container, String probe, String path) {
        JsonNode http = container.path(probe).path("httpGet");
        if (!path.equals(http.path("path").asText())) {
            faults.add(deployment + ": " + probe + " is not an HTTP GET of " + path);
        }
        String port = http.path("port").asText();
        if (!MANAGEMENT.equals(port) && !String.valueOf(managementPort(container)).equals(port)) {
            faults.add(deployment + ": " + probe + " is not on the management port");
        }
    }

    private interface ContainerCheck {
        void check(String deployment, JsonNode container);
    }

    private static void forEachContainer(String overlay, ContainerCheck check) {
        List<ObjectNode> deployments = Overlay.named(overlay).ofKind("Deployment");
        assertFalse(deployments.isEmpty());
        for (ObjectNode deployment : deployments) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                check.check(Overlay.describe(deployment), container);
            }
        }
    }

    private static Set<String> names(List<ObjectNode> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(o -> names.add(Overlay.nameOf(o)));
        return names;
    }
}
