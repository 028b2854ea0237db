package org.appsupervision.gateway.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSchemaThatDiffersOnlyByReferringToARenamedOneIsRenamedToo() throws Exception {
        ObjectNode merged = (ObjectNode) json.readTree("""
                {"Status":{"enum":["DRAFT"]},"Order":{"properties":{"s":{"$ref":"#/components/schemas/Status"}}}}""");
        JsonNode theirs = json.readTree("""
                {"Status":{"enum":["PENDING"]},"Order":{"properties":{"s":{"$ref":"#/components/schemas/Status"}}},
                 "Page":{"items":[{"$ref":"#/components/schemas/Order"}]}}""");
        Map<String, String> renamed = new SchemaMerge(merged).add("appstore", theirs);
        assertEquals(Map.of("Status", "appstore.Status", "Order", "appstore.Order"), renamed);
        assertEquals("#/components/schemas/appstore.Status", merged.at("/appstore.Order/properties/s/$ref").asText());
        assertEquals("#/components/schemas/Status", merged.at("/Order/properties/s/$ref").asText());
        assertEquals("#/components/schemas/appstore.Order", merged.at("/Page/items/0/$ref").asText());
        assertEquals("PENDING", merged.at("/appstore.Status/enum/0").asText());
    }

    @Test
    void anEqualSchemaOfTheSameNameIsShared() throws Exception {
        ObjectNode merged = (ObjectNode) json.readTree("{\"Problem\":{\"type\":\"object\"}}");
        Map<String, String> renamed = new SchemaMerge(merged).add("penalty", json.readTree(
                "{\"Problem\":{\"type\":\"object\"}}"));
        assertEquals(Map.of(), renamed);
        assertEquals(1, merged.size());
    }
}
