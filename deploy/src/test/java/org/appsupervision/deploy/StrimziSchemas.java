package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks Strimzi objects against the CRD schemas that Strimzi's own generator writes from the
 * {@code io.strimzi:api} classes, exactly as the Strimzi build produces its installation files.
 */
final class StrimziSchemas {

    static final String GROUP = "kafka.strimzi.io";
    static final String VERSION = "v1";

    private static final Map<String, String> CLASSES = Map.of(
            "Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser");

    private static Map<String, JsonNode> schemas;

    private StrimziSchemas() {
    }

    static boolean covers(JsonNode object) {
        return object.path("apiVersion").asText().startsWith(GROUP + "/");
    }

    static List<String> problems(JsonNode object) {
        String kind = object.path("kind").asText();
        JsonNode schema = schemas().get(kind);
        if (schema == null || !object.path("apiVersion").asText().equals(GROUP + "/" + VERSION)) {
            return List.of(Overlay.describe(object) + ": no Strimzi schema for " + object.path("apiVersion").asText() + " " + kind);
        }
        return OpenApiSchemas.problems(Overlay.describe(object), schema, object);
    }

    /** The openAPIV3Schema of each kind, from CRDs generated into target/strimzi-crds. */
    static synchronized Map<String, JsonNode> schemas() {
        if (schemas == null) {
            schemas = generate(Overlay.DEPLOY_DIR.resolve("target/strimzi-crds"));
        }
        return schemas;
    }

    private static Map<String, JsonNode> generate(Path dir) {
        try {
            Files.createDirectories(dir);
            List<String> args = new ArrayList<>(List.of("--crd-api-version", "v1", "--api-versions", VERSION,
                    "--storage-version", VERSION, "--target-kube", "1.16+", "--yaml"));
            CLASSES.forEach((kind, type) -> args.add(type + "=" + dir.resolve(kind + ".yaml")));
            String classpath = Files.readString(Overlay.DEPLOY_DIR.resolve("target/test-classpath.txt")).trim();
            List<String> command = new ArrayList<>(List.of(Tools.java(21), "-cp", classpath, "io.strimzi.crdgenerator.CrdGenerator"));
            command.addAll(args);
            Tools.run(command, null);
            Map<String, JsonNode> result = new HashMap<>();
            for (String kind : CLASSES.keySet()) {
                JsonNode crd = Overlay.YAML.readTree(dir.resolve(kind + ".yaml").toFile());
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (VERSION.equals(version.path("name").asText())) {
                        result.put(kind, version.path("schema").path("openAPIV3Schema"));
                    }
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
