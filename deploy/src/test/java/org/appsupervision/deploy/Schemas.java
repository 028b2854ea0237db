package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Sends every object to the schema check of its API group; an object no check knows is itself a problem. */
final class Schemas {

    private Schemas() {
    }

    static List<String> problems(List<? extends JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> cnpg = new ArrayList<>();
        for (JsonNode object : objects) {
            if (StrimziSchemas.covers(object)) {
                problems.addAll(StrimziSchemas.problems(object));
            } else if (CloudNativePgSchemas.covers(object)) {
                cnpg.add(object);
            } else {
                problems.addAll(KubernetesSchemas.problems(object));
            }
        }
        problems.addAll(CloudNativePgSchemas.problems(cnpg));
        return problems;
    }
}
