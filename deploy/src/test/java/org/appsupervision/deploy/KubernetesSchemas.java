package org.appsupervision.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;

/**
 * Checks built-in Kubernetes objects with the models that the Kubernetes Java client generates from
 * the Kubernetes OpenAPI document: unknown fields, missing required fields and wrong types fail.
 */
final class KubernetesSchemas {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "v1/Namespace", V1Namespace.class,
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Service", V1Service.class,
            "v1/ServiceAccount", V1ServiceAccount.class,
            "apps/v1/Deployment", V1Deployment.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", V1Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

    private KubernetesSchemas() {
    }

    static boolean covers(JsonNode object) {
        return MODELS.containsKey(key(object));
    }

    static List<String> problems(JsonNode object) {
        Class<?> model = MODELS.get(key(object));
        if (model == null) {
            return List.of(Overlay.describe(object) + ": no Kubernetes schema known for " + key(object));
        }
        try {
            model.getMethod("fromJson", String.class).invoke(null, object.toString());
            return List.of();
        } catch (InvocationTargetException e) {
            return List.of(Overlay.describe(object) + ": " + shorten(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    private static String shorten(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        int json = message.indexOf(" JSON: ");
        String head = json > 0 ? message.substring(0, json) : message;
        return head.length() > 400 ? head.substring(0, 400) + "..." : head;
    }
}
