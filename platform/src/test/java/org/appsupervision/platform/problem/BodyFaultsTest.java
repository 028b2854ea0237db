package org.appsupervision.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BodyFaultsTest {

    enum Kind { TAKEDOWN, RECHECK }

    record App(String name, Integer stores) {
    }

    record Draft(Integer days, LocalDate deadline, UUID withdraws, Kind kind, List<App> apps) {
    }

    private final ObjectMapper mapper = strict();

    @Test
    void namesTheFieldAndTheTypeItNeeds() {
        assertFault("{\"days\":1.5}", "days", "must be a whole number (no fraction, no quotes)");
        assertFault("{\"deadline\":\"\"}", "deadline", "must be a date in quotes, as 2021-11-01");
        assertFault("{\"withdraws\":\"\"}", "withdraws", "must be an id in quotes, as 3f2b8a4e-1c9d-4e57-9a43-2b1f6c0d7e85");
        assertFault("{\"kind\":\"KING\"}", "kind", "must be one of TAKEDOWN, RECHECK");
        assertFault("{\"apps\":[{\"name\":\"a\"},{\"stores\":2.5}]}", "apps[1].stores",
                "must be a whole number (no fraction, no quotes)");
    }

    @Test
    void namesUnknownDuplicateAndOutOfRangeFields() {
        assertFault("{\"hostile\":1}", "hostile", "is not a field of this body");
        assertFault("{\"apps\":[{\"name\":\"a\",\"name\":\"b\"}]}", "apps[0].name", "appears twice");
        assertFault("{\"days\":99999999999}", "days", "is a number out of range");
    }

    @Test
    void namesNoFieldWhenTheBodyIsNotJson() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue("{", Draft.class));
        assertNull(BodyFaults.where(e));
    }

    @Test
    void describesTypesWithoutJavaNames() {
        assertEquals("a list", BodyFaults.expected(List.class));
        assertEquals("an object", BodyFaults.expected(App.class));
        assertEquals("true or false (no quotes)", BodyFaults.expected(boolean.class));
    }

    private void assertFault(String body, String where, String why) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(body, Draft.class));
        assertEquals(where, BodyFaults.where(e), e.getMessage());
        assertEquals(why, BodyFaults.why(e), e.getMessage());
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
