package org.appsupervision.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaValidationTest {

    static List<String> overlays() {
        return Overlay.names();
    }

    @Test
    void thereIsASmallAndAProductionOverlay() {
        assertEquals(List.of("production", "small"), Overlay.names());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectOfTheOverlayMatchesTheSchemaOfItsKind(String overlay) {
        List<ObjectNode> objects = Overlay.named(overlay).objects();
        assertFalse(objects.isEmpty(), overlay + " renders nothing");
        List<String> problems = Schemas.problems(objects);
        assertTrue(problems.isEmpty(), overlay + ":\n" + String.join("\n", problems));
    }

    @Test
    void kubernetesCheckRejectsAnUnknownFieldAndAWrongType() {
        ObjectNode deployment = copyOf("Deployment", "gateway");
        ((ObjectNode) deployment.path("spec")).put("replica", 3);
        assertProblem(deployment, "replica");

        ObjectNode wrongType = copyOf("Deployment", "gateway");
        ((ObjectNode) wrongType.path("spec")).put("replicas", "three");
        assertFalse(Schemas.problems(List.of(wrongType)).isEmpty());
    }

    @Test
    void strimziCheckRejectsAnUnknownFieldAndAWrongType() {
        ObjectNode topic = copyOf("KafkaTopic", "notice-events");
        ((ObjectNode) topic.path("spec")).put("replicationFactor", 3);
        assertProblem(topic, "replicationFactor");

        ObjectNode pool = copyOf("KafkaNodePool", "dual");
        ((ObjectNode) pool.path("spec")).put("replicas", "three");
        assertFalse(Schemas.problems(List.of(pool)).isEmpty());
    }

    @Test
    void cloudNativePgCheckRejectsAWrongTypeAndAMissingField() {
        ObjectNode cluster = copyOf("Cluster", "notice-db");
        ((ObjectNode) cluster.path("spec")).put("instances", "three");
        assertProblem(cluster, "instances");

        ObjectNode noSpec = copyOf("Cluster", "notice-db");
        noSpec.remove("spec");
        assertFalse(Schemas.problems(List.of(noSpec)).isEmpty());
    }

    @Test
    void anObjectOfAnUnknownKindIsAProblem() {
        ObjectNode cronJob = Overlay.YAML.createObjectNode();
        cronJob.put("apiVersion", "batch/v1").put("kind", "CronJob").putObject("metadata").put("name", "x");
        assertProblem(cronJob, "no Kubernetes schema");
    }

    private static ObjectNode copyOf(String kind, String name) {
        return Overlay.named("small").find(kind, name).orElseThrow().deepCopy();
    }

    private static void assertProblem(ObjectNode object, String expected) {
        List<String> problems = Schemas.problems(List.of(object));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), "expected a problem about " + expected + ", got " + problems);
    }
}
