package org.appsupervision.gateway.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class AgencyAndOperatorAccountsTest {

    private static final String AGENCY_CODE = "91310115MA1CHKQ02C";

    private final Caller caller = Caller.fresh();

    private static Map<String, Object> account(String username, List<String> roles, String agencyCode) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", "检测 " + username,
                "roles", roles, "password", "Strong-pass-2021"));
        if (agencyCode != null) {
            body.put("agencyCode", agencyCode);
        }
        return body;
    }

    @Test
    void anAdminCreatesAnAgencyAccountWhoseTokensCarryTheAgencyCode() {
        String admin = caller.login("admin");
        caller.as(admin).contentType(ContentType.JSON).body(account("tester.q", List.of("agency"), AGENCY_CODE))
                .post("/admin/accounts").then().statusCode(201).body("agencyCode", equalTo(AGENCY_CODE));
        Map<?, ?> claims = claims(caller.login("tester.q", "Strong-pass-2021"));
        assertEquals(AGENCY_CODE, claims.get("agency_code"));
        assertEquals(List.of("agency"), claims.get("groups"));
        assertNull(claims.get("credit_code"));
    }

    @Test
    void refusesAgencyAccountsWithoutAValidCodeOrWithOtherRolesAndOperatorAccountsMadeByAnAdmin() {
        String admin = caller.login("admin");
        record Bad(Map<String, Object> body, String field) {
        }
        List<Bad> bad = List.of(
                new Bad(account("bad.agency1", List.of("agency"), null), "agencyCode"),
                new Bad(account("bad.agency2", List.of("agency"), "91310115MA1CHKQ02X"), "agencyCode"),
                new Bad(account("bad.agency3", List.of("agency", "official"), AGENCY_CODE), "roles"),
                new Bad(account("bad.agency4", List.of("official"), AGENCY_CODE), "agencyCode"),
                new Bad(account("bad.operator", List.of("operator"), null), "roles"),
                new Bad(account("bad.operator2", List.of("operator", "official"), null), "roles"));
        for (Bad b : bad) {
            caller.as(admin).contentType(ContentType.JSON).body(b.body()).post("/admin/accounts").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(b.field()));
        }
        caller.as(admin).get("/admin/accounts").then().statusCode(200)
                .body("username", not(hasItem("bad.agency1"))).body("username", not(hasItem("bad.operator")));
    }

    @Test
    void theDemoEnterpriseAndAgencyLogInWithTheirClaimsAndLandOnTheirPages() {
        Map<?, ?> operator = claims(caller.login("douban.operator"));
        assertEquals("91110105N38RG8QLT1", operator.get("credit_code"));
        assertEquals(List.of("operator"), operator.get("groups"));
        Map<?, ?> agency = claims(caller.login("caict.tester"));
        assertEquals("91110108MA0CHKP01U", agency.get("agency_code"));
        for (Map.Entry<String, String> landing : Map.of("douban.operator", "/portal/enterprise", "caict.tester",
                "/portal/agency/tasks", "wang.official", "/portal").entrySet()) {
            caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin").contentType(ContentType.URLENC)
                    .formParam("username", landing.getKey()).formParam("password", Caller.PASSWORD)
                    .post("/login").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.endsWith(landing.getValue()));
        }
    }

    @Test
    void anEnterpriseOrAgencyAskingForTheOfficialsHomeGoesToItsOwnAndOtherOfficialPagesStayForbidden() {
        for (Map.Entry<String, String> landing : Map.of("douban.operator", "/portal/enterprise", "caict.tester",
                "/portal/agency/tasks").entrySet()) {
            String token = caller.login(landing.getKey());
            caller.anonymous().redirects().follow(false).cookie("supervision_token", token).get("/portal").then()
                    .statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(landing.getValue()));
            caller.anonymous().redirects().follow(false).cookie("supervision_token", token).get("/portal/stores").then()
                    .statusCode(403);
        }
        caller.anonymous().redirects().follow(false).cookie("supervision_token", caller.login("wang.official"))
                .get("/portal").then().statusCode(200);
    }

    @Test
    void anAdminDisablesAndEnablesAnOperatorButCannotChangeItsRoles() {
        String admin = caller.login("admin");
        caller.as(admin).post("/admin/accounts/douban.operator/disabling").then().statusCode(200)
                .body("enabled", equalTo(false));
        caller.anonymous().contentType(ContentType.JSON).body(Map.of("username", "douban.operator", "password",
                Caller.PASSWORD)).post("/auth/login").then().statusCode(401);
        caller.as(admin).post("/admin/accounts/douban.operator/enabling").then().statusCode(200)
                .body("enabled", equalTo(true)).body("creditCode", equalTo("91110105N38RG8QLT1"));
        caller.login("douban.operator");
    }

    static Map<?, ?> claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .getMap("$");
    }
}
