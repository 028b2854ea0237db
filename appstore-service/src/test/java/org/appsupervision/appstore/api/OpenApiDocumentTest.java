package org.appsupervision.appstore.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

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
}
