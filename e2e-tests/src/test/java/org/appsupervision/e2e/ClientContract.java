package org.appsupervision.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.appsupervision.portal.api.MayBeNull;

/**
 * Calls a method of one of the portal's typed client interfaces as its JAX-RS annotations describe it (method, path,
 * path and query parameters, a body of the media type it consumes, JSON unless it says otherwise, given as text), through the gateway with a person's token, and reads the answer into the
 * method's own return type (inside {@code Uni} and {@code RestResponse}) as the portal's client does: unknown fields
 * ignored. Then every record component not marked {@link MayBeNull} must be filled, down through lists and records.
 */
final class ClientContract {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Class<?> api;
    private final Gateway gateway;
    private final Set<String> called = new TreeSet<>();

    ClientContract(Class<?> api, Gateway gateway) {
        this.api = api;
        this.gateway = gateway;
    }

    /** The answer of {@code method(args)} for the holder of {@code token} (null: no login), checked to be filled. */
    @SuppressWarnings("unchecked")
    <T> T call(String token, String method, Object... args) {
        Method m = Arrays.stream(api.getMethods()).filter(candidate -> candidate.getName().equals(method)
                && !Modifier.isStatic(candidate.getModifiers())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(api.getSimpleName() + " has no method " + method));
        called.add(m.getName());
        String path = path(m);
        RequestSpecification request = (token == null ? gateway.anonymous() : gateway.as(token))
                .accept("application/json");
        Parameter[] parameters = m.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            PathParam inPath = parameters[i].getAnnotation(PathParam.class);
            QueryParam inQuery = parameters[i].getAnnotation(QueryParam.class);
            if (inPath != null) {
                path = path.replace("{" + inPath.value() + "}", String.valueOf(args[i]));
            } else if (inQuery != null) {
                if (args[i] != null) {
                    request.queryParam(inQuery.value(), String.valueOf(args[i]));
                }
            } else {
                Consumes consumes = m.getAnnotation(Consumes.class);
                // as bytes: REST Assured encodes text only for the media types it knows (not application/x-ndjson)
                request.contentType(consumes == null ? "application/json" : consumes.value()[0])
                        .body(((String) args[i]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                : m.isAnnotationPresent(DELETE.class) ? "DELETE" : "GET";
        Response response = switch (verb) {
            case "POST" -> request.post(path);
            case "PUT" -> request.put(path);
            case "DELETE" -> request.delete(path);
            default -> request.get(path);
        };
        String where = verb + " " + path;
        assertEquals(true, response.statusCode() >= 200 && response.statusCode() < 300,
                where + " answered " + response.statusCode() + ": " + response.asString());
        JavaType type = JSON.constructType(answerType(m.getGenericReturnType()));
        T value;
        try {
            value = (T) JSON.readValue(response.asString(), type);
        } catch (java.io.IOException e) {
            throw new AssertionError(where + ": the answer does not read as " + type + ": " + e.getMessage(), e);
        }
        List<String> missing = new ArrayList<>();
        unfilled(value, type.getRawClass().getSimpleName(), missing);
        assertEquals(List.of(), missing, where + ": components the portal needs and the service left null");
        return value;
    }

    /** A list answer that must hold at least one row, so that its rows were checked. */
    <T> List<T> callForRows(String token, String method, Object... args) {
        List<T> rows = call(token, method, args);
        assertTrue(!rows.isEmpty(), method + " answered no rows: nothing of its shape was checked");
        return rows;
    }

    /** The methods of the interface not called yet. */
    List<String> notCalled() {
        return Arrays.stream(api.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers())).map(Method::getName)
                .filter(name -> !called.contains(name)).sorted().toList();
    }

    private String path(Method m) {
        String base = api.getAnnotation(Path.class) == null ? "" : api.getAnnotation(Path.class).value();
        Path own = m.getAnnotation(Path.class);
        return base + (own == null ? "" : own.value());
    }

    /** The type the body reads as: {@code Uni<X>} is X, {@code RestResponse<Y>} is Y. */
    private static Type answerType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            String raw = ((Class<?>) parameterized.getRawType()).getName();
            if (raw.equals("io.smallrye.mutiny.Uni") || raw.equals("org.jboss.resteasy.reactive.RestResponse")) {
                return answerType(parameterized.getActualTypeArguments()[0]);
            }
        }
        return type;
    }

    private static void unfilled(Object value, String where, List<String> missing) {
        if (value instanceof Collection<?> rows) {
            int i = 0;
            for (Object row : rows) {
                unfilled(row, where + "[" + i++ + "]", missing);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (field == null && !component.isAnnotationPresent(MayBeNull.class)) {
                missing.add(where + "." + component.getName());
            }
            unfilled(field, where + "." + component.getName(), missing);
        }
    }
}
