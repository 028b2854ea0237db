package org.appsupervision.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The records and their JSON Schemas describe the same contract. */
class EventSchemasTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void takedownOrderedMatchesItsSchema() throws Exception {
        TakedownOrdered event = new TakedownOrdered(UUID.randomUUID(), "关于下架侵害用户权益APP名单的通报",
                UUID.randomUUID(), UUID.randomUUID(), Instant.now(),
                new TakedownOrdered.App("豆瓣", "com.douban.frodo", "7.18.0"),
                new TakedownOrdered.Operator("北京豆网科技有限公司", "91110108551385082Q", "11"),
                List.of("collect-beyond-scope"), List.of("huawei"), true);
        assertEquals(Set.of(), validate(event));
    }

    @Test
    void takedownConfirmedAndOverdueMatchTheirSchemas() throws Exception {
        assertEquals(Set.of(), validate(new TakedownConfirmed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "com.douban.frodo", "huawei", Instant.now(), null, null, Instant.now())));
        assertEquals(Set.of(), validate(new TakedownOverdue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "com.douban.frodo", "豆瓣", "xiaomi", "小米应用商店", "11", Instant.now(),
                Instant.now())));
    }

    @Test
    void rectificationReportedAndRecheckCompletedMatchTheirSchemas() throws Exception {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertEquals(Set.of(), validate(new RectificationReported(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "com.douban.frodo", "91110108551385082Q",
                "7.19.0", hash, List.of(hash), "91110108MA0CHKP01U", Instant.now())));
        assertEquals(Set.of(), validate(new RecheckCompleted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "com.douban.frodo", "91110108MA0CHKP01U", "NOT_RECTIFIED",
                "7.19.0", "7.19.1", hash, hash, List.of(), Instant.now())));
        assertFalse(validate(new RecheckCompleted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), "com.douban.frodo", "91110108MA0CHKP01U", "MAYBE",
                "7.19.0", "7.19.1", "not a hash", hash, List.of(), Instant.now())).isEmpty());
    }

    @Test
    void aRecheckCompletedOfAnSdkItemWithoutAReportMatchesItsSchemaAndNeedsItsSdkCode() throws Exception {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertEquals(Set.of(), validate(new RecheckCompleted(UUID.randomUUID(), null, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), null, "91110108MA0CHKP01U", "RECTIFIED", null, "9.6.4", null,
                hash, List.of(hash), Instant.now(), "SDK", "umeng-analytics")));
        assertFalse(validate(new RecheckCompleted(UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), null, "91110108MA0CHKP01U", "RECTIFIED", null, "9.6.4", null, hash, List.of(),
                Instant.now(), "SDK", null)).isEmpty());
        assertFalse(validate(new RecheckCompleted(UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), null, "91110108MA0CHKP01U", "RECTIFIED", null, "9.6.4", null, hash, List.of(),
                Instant.now(), "APP", null)).isEmpty(), "an app item's event names its package");
        JsonNode older = mapper.readTree("{\"taskId\":\"" + UUID.randomUUID() + "\",\"reportId\":\"" + UUID.randomUUID()
                + "\",\"noticeId\":\"" + UUID.randomUUID() + "\",\"itemId\":\"" + UUID.randomUUID() + "\",\"chainId\":\""
                + UUID.randomUUID() + "\",\"packageName\":\"com.douban.frodo\",\"agencyCode\":\"91110108MA0CHKP01U\","
                + "\"outcome\":\"RECTIFIED\",\"reportedVersion\":\"7.19.0\",\"testedVersion\":\"7.19.0\",\"reportHash\":\""
                + hash + "\",\"resultHash\":\"" + hash + "\",\"evidenceSha256\":[],\"completedAt\":\"2021-11-07T06:00:00Z\"}");
        try (InputStream schema = getClass().getResourceAsStream(EventTypes.schemaResource("RecheckCompleted", 1))) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(older), "an event written before SDK items");
        }
        assertEquals(null, mapper.treeToValue(older, RecheckCompleted.class).subject());
    }

    @Test
    void schemasRejectWhatTheContractForbids() throws Exception {
        TakedownOrdered badPackage = new TakedownOrdered(UUID.randomUUID(), "t", UUID.randomUUID(), UUID.randomUUID(),
                Instant.now(), new TakedownOrdered.App("x", "not a package", null),
                new TakedownOrdered.Operator("o", "91110108551385082Q", "11"), List.of(), List.of(), false);
        Set<ValidationMessage> errors = validate(badPackage);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("packageName")));
        assertTrue(errors.stream().anyMatch(e -> e.getMessage().contains("problemCodes")));
    }

    @Test
    void everySchemaNamesAnEventRecordAndUnknownNamesAreNotEvents() throws Exception {
        java.nio.file.Path schemas = java.nio.file.Path.of(getClass().getResource("/schemas").toURI());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(schemas)) {
            List<String> types = files.map(f -> f.getFileName().toString().replaceAll("\\.v\\d+\\.json$", "")).toList();
            assertFalse(types.isEmpty());
            types.forEach(type -> assertTrue(EventTypes.byName(type).isPresent(), type));
        }
        assertTrue(EventTypes.byName("ChainEvent").isEmpty());
        assertTrue(EventTypes.byName("EventTypes").isEmpty());
        assertTrue(EventTypes.byName("../Evil").isEmpty());
        assertTrue(EventTypes.byName("NoSuchEvent").isEmpty());
    }

    private Set<ValidationMessage> validate(ChainEvent event) throws Exception {
        JsonNode json = mapper.valueToTree(event);
        try (InputStream schema = getClass().getResourceAsStream(EventTypes.schemaResource(event.eventType(), 1))) {
            JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            return compiled.validate(json);
        }
    }
}
