package org.appsupervision.notice.api;

import static io.restassured.RestAssured.given;
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

/** Walks the service's own OpenAPI document so that no operation can lose its examples or its problem answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ApiDocumentTest {

    @Test
    void everyOperationHasExamplesOfItsBodyAndAnswer() {
        ApiDocumentCheck.Result examples = ApiDocumentCheck.examples(document());
        assertTrue(examples.operations() >= 35, "the document lists " + examples.operations() + " operations");
        assertEquals(List.of(), examples.faults());
    }

    @Test
    void everyOperationDocumentsItsProblemResponsesWithTheirTypes() {
        ApiDocumentCheck.Result problems = ApiDocumentCheck.problems(document(), ApiDeclarations.PUBLIC_PREFIX);
        assertTrue(problems.operations() >= 35, "the document lists " + problems.operations() + " operations");
        assertEquals(List.of(), problems.faults());
    }

    private static String document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
