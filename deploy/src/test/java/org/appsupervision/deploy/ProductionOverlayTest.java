package org.appsupervision.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProductionOverlayTest {

    private final Overlay production = Overlay.named("production");

    @Test
    void everyServiceRunsThreeReplicasAndNeverScalesBelowThree() {
        for (ObjectNode deployment : production.ofKind("Deployment")) {
            assertEquals(3, deployment.at("/spec/replicas").asInt(), Overlay.describe(deployment));
        }
        for (ObjectNode hpa : production.ofKind("HorizontalPodAutoscaler")) {
            assertEquals(3, hpa.at("/spec/minReplicas").asInt(), Overlay.describe(hpa));
            assertTrue(hpa.at("/spec/maxReplicas").asInt() >= 3, Overlay.describe(hpa));
        }
        for (ObjectNode pdb : production.ofKind("PodDisruptionBudget")) {
            assertEquals(1, pdb.at("/spec/maxUnavailable").asInt(), Overlay.describe(pdb));
        }
    }

    @Test
    void kafkaHasThreeBrokersInKraftModeWithNodePools() {
        int brokers = 0;
        int controllers = 0;
        for (ObjectNode pool : production.ofKind("KafkaNodePool")) {
            String roles = pool.at("/spec/roles").toString();
            brokers += roles.contains("broker") ? pool.at("/spec/replicas").asInt() : 0;
            controllers += roles.contains("controller") ? pool.at("/spec/replicas").asInt() : 0;
        }
        assertEquals(3, brokers);
        assertEquals(3, controllers);
        JsonNode config = production.find("Kafka", "supervision").orElseThrow().at("/spec/kafka/config");
        assertEquals(3, config.path("default.replication.factor").asInt());
        assertEquals(2, config.path("min.insync.replicas").asInt());
        assertEquals(3, config.path("offsets.topic.replication.factor").asInt());
        assertEquals(3, config.path("transaction.state.log.replication.factor").asInt());
        assertEquals(2, config.path("transaction.state.log.min.isr").asInt());
    }

    @Test
    void eventTopicsKeepThreeCopiesAndNeedTwoInSyncToAcceptAWrite() {
        Set<String> topics = new TreeSet<>();
        for (ObjectNode topic : production.ofKind("KafkaTopic")) {
            topics.add(topic.at("/spec/topicName").asText(Overlay.nameOf(topic)));
            assertEquals(3, topic.at("/spec/replicas").asInt(), Overlay.describe(topic));
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), Overlay.describe(topic));
            assertEquals("supervision", topic.at("/metadata/labels/strimzi.io~1cluster").asText(), Overlay.describe(topic));
        }
        assertEquals(Set.of("notice.events", "appstore.events", "penalty.events"), topics);
    }

    @Test
    void everyServiceDatabaseHasThreePostgresInstances() {
        Set<String> databases = new TreeSet<>();
        for (ObjectNode cluster : production.ofKind("Cluster")) {
            assertEquals(3, cluster.at("/spec/instances").asInt(), Overlay.describe(cluster));
            databases.add(cluster.at("/spec/bootstrap/initdb/database").asText());
            assertEquals(cluster.at("/spec/bootstrap/initdb/database").asText(), cluster.at("/spec/bootstrap/initdb/owner").asText());
        }
        assertEquals(Set.of("notice", "appstore", "penalty", "gateway"), databases);
    }

    @Test
    void imagesComeFromTheRegistryWithAFixedTag() {
        for (ObjectNode deployment : production.ofKind("Deployment")) {
            String image = deployment.at("/spec/template/spec/containers/0/image").asText();
            assertTrue(image.matches("[a-z0-9.-]+/supervision/" + Overlay.nameOf(deployment) + ":[0-9]+\\.[0-9]+\\.[0-9]+"), image);
        }
        for (String overlay : List.of("small", "production")) {
            for (ObjectNode deployment : Overlay.named(overlay).ofKind("Deployment")) {
                assertTrue(!deployment.at("/spec/template/spec/containers/0/image").asText().endsWith(":latest"));
            }
        }
    }
}
