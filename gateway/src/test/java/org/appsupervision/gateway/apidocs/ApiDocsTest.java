package org.appsupervision.gateway.apidocs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
    void swaggerUiIsServed() {
        caller.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }
}
