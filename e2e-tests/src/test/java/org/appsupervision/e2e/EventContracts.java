package org.appsupervision.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.appsupervision.devstack.EventProbe;
import org.appsupervision.events.EventTypes;

/** Checks an event read off a topic against the contract: CloudEvents attributes and the JSON Schema. */
final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContracts() {
    }

    static JsonNode assertConforms(EventProbe.Event event) {
        assertEquals("1.0", event.attributes().get("specversion"));
        assertNotNull(event.id());
        assertNotNull(event.attributes().get("source"));
        assertNotNull(event.attributes().get("time"));
        assertEquals(event.key(), event.attributes().get("subject"), "record key is the aggregate id");
        String version = event.attributes().get("schemaversion");
        assertEquals(EventTypes.schemaUri(event.type(), Integer.parseInt(version)), event.attributes().get("dataschema"));
        try (InputStream schema = EventContracts.class.getResourceAsStream(
                EventTypes.schemaResource(event.type(), Integer.parseInt(version)))) {
            JsonNode data = JSON.readTree(event.payload());
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(data), event.type() + " does not match its schema");
            JsonNode chain = data.get("chainId");
            String attribute = event.attributes().get("chainid");
            if (chain == null || chain.isNull()) {
                assertTrue(attribute == null || attribute.isEmpty(), "an event of no chain has an empty chainid");
            } else {
                assertEquals(chain.asText(), attribute);
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
