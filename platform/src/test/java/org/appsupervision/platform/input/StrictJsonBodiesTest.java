package org.appsupervision.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodiesTest {

    enum Kind { TAKEDOWN, RECHECK }

    record Draft(String title, Integer days, int rounds, Boolean serious, boolean working, LocalDate deadline,
            UUID withdraws, Kind kind, BigDecimal amount, List<String> tags) {
    }

    /** Like the application's mapper: Java time types, unknown fields ignored. */
    private final ObjectMapper application = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper strict = StrictJsonBodies.strict(application);

    @Test
    void readsAValidBodyAsBefore() throws Exception {
        Draft draft = strict.readValue("""
                {"title":"","days":15,"rounds":2,"serious":true,"working":false,"deadline":"2021-11-01",
                 "withdraws":"3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85","kind":"RECHECK","amount":12.5,"tags":["a"]}""",
                Draft.class);
        assertEquals("", draft.title());
        assertEquals(15, draft.days());
        assertEquals(LocalDate.of(2021, 11, 1), draft.deadline());
        assertEquals(Kind.RECHECK, draft.kind());
        assertEquals(new BigDecimal("12.5"), draft.amount());
        assertEquals(new BigDecimal("12"), strict.readValue("{\"amount\":12}", Draft.class).amount());
        assertEquals(new BigDecimal("500000.00"), strict.readValue("{\"amount\":\"500000.00\"}", Draft.class).amount());
        assertNull(strict.readValue("{\"deadline\":null,\"withdraws\":null,\"days\":null}", Draft.class).deadline());
        assertEquals(0, strict.readValue("{\"rounds\":null}", Draft.class).rounds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"days\":1.5}", "{\"days\":1.0}", "{\"rounds\":2.5}", "{\"days\":\"\"}",
            "{\"deadline\":\"\"}", "{\"withdraws\":\"\"}", "{\"kind\":\"\"}", "{\"serious\":\"\"}", "{\"amount\":\"\"}",
            "{\"tags\":\"\"}", "{\"title\":12}", "{\"title\":1.5}", "{\"title\":true}", "{\"days\":\"12\"}",
            "{\"amount\":\"12.5x\"}", "{\"serious\":\"true\"}", "{\"serious\":1}", "{\"kind\":0}", "{\"hostile\":\"x\"}", "{\"days\":1,\"days\":2}", "{\"days\":99999999999}",
            "{\"days\":1} {\"days\":2}"})
    void refusesAValueOutsideItsOwnJsonType(String body) {
        assertThrows(JsonProcessingException.class, () -> strict.readValue(body, Draft.class));
    }

    @Test
    void leavesTheApplicationsMapperAsItWas() throws Exception {
        assertEquals(1, application.readValue("{\"days\":1.5,\"hostile\":1}", Draft.class).days());
        assertNull(application.readValue("{\"deadline\":\"\"}", Draft.class).deadline());
    }
}
