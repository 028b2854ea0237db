package org.appsupervision.platform.input;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses with a {@code 415 /problems/unsupported-media-type} a body that is not sent as {@code application/json}
 * to an operation that reads a JSON body (a record, list or map) and declares no media type of its own. Without
 * this the framework reads a {@code text/plain} body into a record that has a one-text constructor. Operations
 * that declare {@code @Consumes} (uploads of CSV, NDJSON, forms) are held to their own types by the framework.
 */
public class JsonBodyMediaType {

    private final Map<Method, Boolean> readsJson = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 50)
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !readsJson.computeIfAbsent(method, JsonBodyMediaType::readsJsonOfItsOwn)) {
            return;
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null ? hasBody(request) : !isJson(contentType)) {
            throw new ProblemException(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "This operation reads a JSON body: send it as "
                    + "application/json" + (contentType == null ? "" : ", not " + shown(contentType)));
        }
    }

    /** Whether the method reads a JSON body and names no media type of its own. */
    static boolean readsJsonOfItsOwn(Method method) {
        if (method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class)) {
            return false;
        }
        return bodyType(method).map(JsonBodyMediaType::isJsonType).orElse(false);
    }

    /** Whether {@code contentType} is {@code application/json} or a {@code +json} type, with any parameters. */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    private static String shown(String contentType) {
        return contentType.length() > 80 ? contentType.substring(0, 80) + "…" : contentType;
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
    }

    /** The type of the method's entity parameter: the one bound by no annotation that is not a context object. */
    static Optional<Class<?>> bodyType(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!isBound(parameter) && !isContext(parameter.getType())) {
                return Optional.of(parameter.getType());
            }
        }
        return Optional.empty();
    }

    /** Whether a body of {@code type} is read from JSON (not text, bytes, a stream or a form). */
    static boolean isJsonType(Class<?> type) {
        return !(type == String.class || type == byte[].class || type == char[].class || type.isPrimitive()
                || InputStream.class.isAssignableFrom(type) || Reader.class.isAssignableFrom(type)
                || type == File.class || type == java.nio.file.Path.class || isFramework(type));
    }

    private static boolean isBound(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.reactive.")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContext(Class<?> type) {
        return isFramework(type) || type.getName().startsWith("org.eclipse.microprofile.");
    }

    private static boolean isFramework(Class<?> type) {
        String name = type.getName();
        return name.startsWith("jakarta.ws.rs.") || name.startsWith("io.vertx.") || name.startsWith("io.quarkus.")
                || name.startsWith("org.jboss.resteasy.") || name.startsWith("io.smallrye.");
    }
}
