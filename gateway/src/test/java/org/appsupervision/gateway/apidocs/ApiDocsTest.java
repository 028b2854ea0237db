package org.appsupervision.gateway.apidocs;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ApiDocsTest {

    private final Caller caller = Caller.fresh();

    @Test
    void oneDocumentCoversTheGatewayAndNamesTheServicesThatPublishNothing() {
        caller.anonymous().get("/openapi.json").then().statusCode(200)
                .body("paths", hasKey("/auth/login"))
                .body("paths", hasKey("/oauth2/token"))
                .body("paths", hasKey("/admin/clients/{clientId}/secrets"))
                .body("info.description", containsString("Generated"))
                .body("'x-services-not-documented'", hasItem("penalty-service"));
    }

    @Test
    void thePortalsTypedClientsAreNotDocumentedAsTheGatewaysOwnOperations() {
        // penalty-service publishes nothing here, so a penalty path could only come from the portal's PenaltyApi.
        caller.anonymous().get("/openapi.json").then().statusCode(200)
                .body("paths", not(hasKey("/api/penalty/statistics")))
                .body("paths", not(hasKey("/api/penalty/cases/{id}/{step}")));
    }

    @Test
    void twoServicesWithASameNamedDifferentSchemaBothKeepTheirOwn() {
        JsonPath doc = caller.anonymous().get("/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        // notice-service's Item (and through it its Status) as notice-service published them
        Map<String, Object> noticeItem = schema(schemas, doc.getString(
                "paths.'/api/notices/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'"));
        assertEquals(Set.of("packageName", "status"), properties(noticeItem).keySet());
        assertEquals(List.of("DRAFT", "PUBLISHED"), schema(schemas, ref(properties(noticeItem).get("status"))).get("enum"));
        // appstore-service's BulkConfirmationRequest.Item and its Status, not notice-service's of the same names
        Map<String, Object> bulk = schema(schemas, doc.getString("paths.'/api/store/orders/confirmations'.post"
                + ".requestBody.content.'application/json'.schema.'$ref'"));
        @SuppressWarnings("unchecked")
        Map<String, Object> items = (Map<String, Object>) properties(bulk).get("items");
        Map<String, Object> storeItem = schema(schemas, ref(items.get("items")));
        assertEquals(Set.of("orderId", "status"), properties(storeItem).keySet());
        assertEquals(List.of("PENDING", "CONFIRMED"), schema(schemas, ref(properties(storeItem).get("status"))).get("enum"));
        assertEquals(List.of("PENDING", "CONFIRMED"), schema(schemas, doc.getString(
                "paths.'/api/stores/{id}/status'.get.responses.'200'.content.'application/json'.schema.'$ref'")).get("enum"));
        // equal schemas of the same name stay one
        assertEquals("#/components/schemas/Problem", doc.getString("paths.'/api/store/orders/confirmations'.post"
                + ".responses.'400'.content.'application/json'.schema.'$ref'"));
        assertFalse(schemas.containsKey("appstore.Problem"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> schemas, String ref) {
        assertTrue(ref.startsWith("#/components/schemas/"), ref);
        Map<String, Object> schema = (Map<String, Object>) schemas.get(ref.substring("#/components/schemas/".length()));
        assertNotNull(schema, ref + " is not in the document");
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.get("properties");
    }

    @SuppressWarnings("unchecked")
    private static String ref(Object schema) {
        return (String) ((Map<String, Object>) schema).get("$ref");
    }

    @Test
    void swaggerUiIsServed() {
        caller.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
