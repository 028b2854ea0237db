package org.appsupervision.notice;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.PackagedServiceChecks;

/** The packaged notice-service (its jar, in the production profile, against real PostgreSQL and Kafka). */
@QuarkusIntegrationTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class PackagedServiceIT extends PackagedServiceChecks {

    @Override
    protected String officialsPath() {
        return "/api/notices";
    }
}
