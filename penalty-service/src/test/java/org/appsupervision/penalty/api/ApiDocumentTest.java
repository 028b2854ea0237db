package org.appsupervision.penalty.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.appsupervision.devstack.ApiDocumentCheck;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/** Walks the service's own OpenAPI document so that no operation can lose its examples or its problem answers. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class ApiDocumentTest {

    @Test
    void everyOperationHasExamplesOfItsBodyAndAnswer() {
        ApiDocumentCheck.Result examples = ApiDocumentCheck.examples(document());
        assertTrue(examples.operations() >= 40, "the document lists " + examples.operations() + " operations");
        assertEquals(List.of(), examples.faults());
    }

    @Test
    void everyOperationDocumentsItsProblemResponsesWithTheirTypes() {
        ApiDocumentCheck.Result problems = ApiDocumentCheck.problems(document(), ApiDocument.DECLARATIONS.publicPath());
        assertTrue(problems.operations() >= 40, "the document lists " + problems.operations() + " operations");
        assertEquals(List.of(), problems.faults());
    }

    @Test
    void theProceduresRefusalsAreDocumentedWhereTheyAnswer() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/penalty/cases/{id}/decision/approval'.post.responses.'403'.content."
                        + "'application/problem+json'.examples.'second-officer'.summary",
                        containsString("/problems/second-officer"))
                .body("paths.'/api/penalty/cases/{id}/prior-notice'.post.responses.'422'.content."
                        + "'application/problem+json'.examples.keySet()",
                        hasItems("outside-penalty-range", "unverified-legal-basis"))
                .body("paths.'/public/penalty/decisions'.get.responses", not(hasKey("401")));
    }

    private static String document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
