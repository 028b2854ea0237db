package org.appsupervision.penalty.cases;

import static org.appsupervision.penalty.cases.CaseDriver.BJ_ZHAO;
import static org.appsupervision.penalty.cases.CaseDriver.GD_CHEN;
import static org.appsupervision.penalty.cases.CaseDriver.MINISTRY;
import static org.appsupervision.penalty.cases.CaseDriver.get;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.DevStackResource;
import org.junit.jupiter.api.Test;

/**
 * A chain link held by one bureau's open case neither reveals that case to another bureau nor blocks it; a missing
 * link in the list is refused as invalid.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class CaseLinkScopeTest {

    static Map<String, Object> caseOn(UUID refId) {
        return Map.of("subjectKind", "OPERATOR", "subjectName", "北京豆网科技有限公司",
                "subjectCode", "91110108551385082Q", "facts", "豆瓣超范围收集个人信息。",
                "links", List.of(Map.of("kind", "NOTICE_ITEM", "chainId", UUID.randomUUID().toString(),
                        "refId", refId.toString())));
    }

    @Test
    void aLinkHeldByAnotherBureausCaseNeitherAnswersConflictNorRevealsThatCase() {
        UUID item = UUID.randomUUID();
        String beijing = post(BJ_ZHAO, "/api/penalty/cases", caseOn(item)).statusCode(201).extract().path("id");

        String guangdong = post(GD_CHEN, "/api/penalty/cases", caseOn(item)).statusCode(201)
                .body("bureauProvinceCode", equalTo("44"))
                .body("links[0].refId", equalTo(item.toString()))
                .extract().path("id");

        get(GD_CHEN, "/api/penalty/cases").statusCode(200).body("id", not(hasItem(beijing)));
        get(GD_CHEN, "/api/penalty/cases/" + beijing).statusCode(404);
        get(MINISTRY, "/api/penalty/cases").statusCode(200).body("id", hasItems(beijing, guangdong));
    }

    @Test
    void aNullLinkIsRefusedAsInvalidNotAnInternalError() {
        Map<String, Object> body = new java.util.HashMap<>(caseOn(UUID.randomUUID()));
        body.put("links", java.util.Arrays.asList((Object) null));
        post(BJ_ZHAO, "/api/penalty/cases", body).statusCode(400)
                .body("type", equalTo("/problems/validation"));
    }

    @Test
    void theSameBureauStillCannotOpenTwoCasesOnOneLink() {
        UUID item = UUID.randomUUID();
        post(BJ_ZHAO, "/api/penalty/cases", caseOn(item)).statusCode(201);
        post(CaseDriver.BJ_QIAN, "/api/penalty/cases", caseOn(item)).statusCode(409)
                .body("type", equalTo("/problems/duplicate-facts"));
    }
}
