package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonBodyMediaTypeTest {

    record Investigator(String name) {
    }

    @SuppressWarnings("unused")
    static class Resource {
        void record(@PathParam("id") UUID id, UriInfo uri, @Valid Investigator body) {
        }

        void list(List<String> names) {
        }

        void upload(@PathParam("id") UUID id, InputStream body) {
        }

        void form(MultivaluedMap<String, String> form) {
        }

        void none(@PathParam("id") UUID id, UriInfo uri) {
        }

        @Consumes("text/csv")
        void csv(Investigator body) {
        }
    }

    @Test
    void findsTheEntityParameterPastBoundParametersAndContextObjects() {
        assertEquals(Optional.of(Investigator.class), JsonBodyMediaType.bodyType(method("record")));
        assertEquals(Optional.empty(), JsonBodyMediaType.bodyType(method("none")));
    }

    @Test
    void recordsListsAndMapsAreJsonBodiesStreamsAndFormsAreNot() {
        assertTrue(JsonBodyMediaType.isJsonType(Investigator.class));
        assertTrue(JsonBodyMediaType.isJsonType(List.class));
        assertFalse(JsonBodyMediaType.isJsonType(JsonBodyMediaType.bodyType(method("upload")).orElseThrow()));
        assertFalse(JsonBodyMediaType.bodyType(method("form")).map(JsonBodyMediaType::isJsonType).orElse(false));
        assertFalse(JsonBodyMediaType.isJsonType(String.class));
    }

    @Test
    void onlyOperationsWithoutAMediaTypeOfTheirOwnAreHeldToJson() {
        assertTrue(JsonBodyMediaType.readsJsonOfItsOwn(method("record")));
        assertFalse(JsonBodyMediaType.readsJsonOfItsOwn(method("csv")));
        assertFalse(JsonBodyMediaType.readsJsonOfItsOwn(method("upload")));
        assertFalse(JsonBodyMediaType.readsJsonOfItsOwn(method("none")));
    }

    @Test
    void acceptsJsonWithParametersAndRefusesOtherTypes() {
        assertTrue(JsonBodyMediaType.isJson("application/json"));
        assertTrue(JsonBodyMediaType.isJson("Application/JSON; charset=UTF-8"));
        assertTrue(JsonBodyMediaType.isJson("application/merge-patch+json"));
        assertFalse(JsonBodyMediaType.isJson("text/plain"));
        assertFalse(JsonBodyMediaType.isJson("text/json"));
        assertFalse(JsonBodyMediaType.isJson("application/x-www-form-urlencoded"));
        assertFalse(JsonBodyMediaType.isJson("application/jsonx"));
    }

    private static Method method(String name) {
        for (Method method : Resource.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalStateException(name);
    }
}
