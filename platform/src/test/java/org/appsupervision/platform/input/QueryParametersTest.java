package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    enum Stage { FILED, DECIDED }

    @SuppressWarnings("unused")
    void resource(@QueryParam("page") int page, @QueryParam("after") Long after, @QueryParam("from") LocalDate from,
            @QueryParam("since") Instant since, @QueryParam("notice") UUID notice, @QueryParam("stage") Stage stage,
            @PathParam("id") UUID id, @QueryParam("q") String q) {
    }

    private final QueryParameters provider = new QueryParameters();

    @Test
    void readsValidValuesAsTheFrameworkWould() {
        assertEquals(3, converter(0, int.class).fromString("3"));
        assertEquals(-4L, converter(1, Long.class).fromString("-4"));
        assertEquals(LocalDate.of(2021, 11, 1), converter(2, LocalDate.class).fromString("2021-11-01"));
        assertEquals(Instant.parse("2021-11-01T08:00:00Z"), converter(3, Instant.class).fromString("2021-11-01T08:00:00Z"));
        UUID id = UUID.randomUUID();
        assertEquals(id, converter(4, UUID.class).fromString(id.toString()));
        assertEquals(Stage.DECIDED, converter(5, Stage.class).fromString("DECIDED"));
    }

    @Test
    void refusesAValueThatDoesNotConvertNamingTheParameter() {
        assertRefused(0, int.class, "abc", "page", "must be a whole number");
        assertRefused(0, int.class, "99999999999", "page", "must be a whole number");
        assertRefused(0, int.class, "1e3", "page", "must be a whole number");
        assertRefused(2, LocalDate.class, "2021-13-45", "from", "must be a date as 2021-11-01");
        assertRefused(3, Instant.class, "yesterday", "since", "must be a time as 2021-11-01T08:00:00Z");
        assertRefused(4, UUID.class, "1-2-3-4-5", "notice", "must be an id as 3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85");
        assertRefused(5, Stage.class, "EMPEROR", "stage", "must be one of FILED, DECIDED");
    }

    @Test
    void leavesPathParametersAndTextToTheFramework() {
        assertNull(provider.getConverter(UUID.class, UUID.class, annotations(6)));
        assertNull(provider.getConverter(String.class, String.class, annotations(7)));
    }

    private void assertRefused(int index, Class<?> type, String value, String name, String message) {
        ProblemException e = assertThrows(ProblemException.class, () -> converter(index, type).fromString(value));
        assertEquals(ProblemTypes.VALIDATION, e.type());
        assertEquals(List.of(new Problem.FieldError(name, message)), e.errors());
    }

    private ParamConverter<?> converter(int index, Class<?> type) {
        return provider.getConverter(type, type, annotations(index));
    }

    private static Annotation[] annotations(int index) {
        for (Method method : QueryParametersTest.class.getDeclaredMethods()) {
            if (method.getName().equals("resource")) {
                return method.getParameterAnnotations()[index];
            }
        }
        throw new IllegalStateException();
    }
}
