package org.appsupervision.appstore.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.appsupervision.devstack.ApiDocumentCheck;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.platform.openapi.ApiDeclarations;
import org.junit.jupiter.api.Test;

/** The service's own OpenAPI document: the store API's examples, and every operation's problem responses. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class OpenApiDocumentTest {

    @Test
    void documentsTheStoreApiWithExamplesAndProblemTypes() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/store/orders/{id}/confirmation'.post.responses.'409'", notNullValue())
                .body("paths.'/api/store/orders/{id}/objection'.post.requestBody", notNullValue())
                .body("paths.'/api/store/proactive-removals'.post", notNullValue())
                .body(containsString("/problems/unprocessable"))
                .body(containsString("Idempotency-Key"));
    }

    @Test
    void everyOperationDocumentsItsProblemResponsesWithTheirTypes() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        ApiDocumentCheck.Result problems = ApiDocumentCheck.problems(document, ApiDeclarations.PUBLIC_PREFIX);
        assertTrue(problems.operations() >= 30, "the document lists " + problems.operations() + " operations");
        assertEquals(List.of(), problems.faults());
    }

    @Test
    void theStoreApiServesTheDeclaredExamplesOfRequestsAndAnswersAsJson() {
        String confirmation = "paths.'/api/store/orders/{id}/confirmation'.post.";
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(confirmation + "responses.'200'.description", equalTo("the confirmed order"))
                .body(confirmation + "responses.'200'.content.'application/json'.example.storeCode", equalTo("huawei"))
                .body(confirmation + "responses.'200'.content.'application/json'.schema", notNullValue())
                .body(confirmation + "requestBody.description", equalTo("the evidence"))
                .body(confirmation + "requestBody.content.'application/json'.example.removedAt",
                        equalTo("2021-06-01T09:30:00Z"))
                .body("paths.'/api/store/proactive-removals'.post.requestBody.content.'text/csv'.example",
                        startsWith("packageName,appName,removedAt,reason"))
                .body("paths.'/api/store/proactive-removals'.post.responses.'201'.content.'application/json'"
                        + ".example.uploadKey", equalTo("removals-2021-03"))
                .body("paths.'/api/service-level'.delete.responses.'200'.content.'application/json'.example.source",
                        equalTo("CONFIGURED"));
    }

    @Test
    void theUploadKeepsItsOwnExampleOfBadLines() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/store/proactive-removals'.post.responses.'400'.content.'application/problem+json'"
                        + ".examples.validation.value.errors[0].field", equalTo("line 2"))
                .body("paths.'/api/store/orders/{id}'.get.responses.'404'.content.'application/problem+json'"
                        + ".examples.'not-found'.value", containsString("Order 0b6f9f5e"));
    }
}
