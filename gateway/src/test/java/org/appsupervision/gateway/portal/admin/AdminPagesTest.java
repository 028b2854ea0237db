package org.appsupervision.gateway.portal.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The admin pages for accounts and store clients, against the gateway's own database. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class AdminPagesTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).formParam("return", "/portal")
                .post("/login").then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token)
                .header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void anAdminCreatesABureauOfficerAndIsToldWhatIsWrongBesideTheFields() {
        as("wang.official").get("/portal/admin/accounts").then().statusCode(403);
        as("admin").formParam("username", "Bad Name").formParam("displayName", "").formParam("password", "short")
                .post("/portal/admin/accounts").then().statusCode(400)
                .body(containsString("id=\"acc-username-error\""), containsString("id=\"acc-displayName-error\""),
                        containsString("value=\"Bad Name\""));
        as("admin").formParam("username", "wu.portal").formParam("displayName", "吴敏（四川省通信管理局）")
                .formParam("roles", "bureau").formParam("province", "51").formParam("password", "Portal-2026-sichuan-officer")
                .post("/portal/admin/accounts").then().statusCode(303).header("Location", endsWith("/portal/admin/accounts?done=created"));
        as("admin").get("/portal/admin/accounts").then().statusCode(200)
                .body(containsString("wu.portal"), containsString("省局执法人员"));
        as("admin").post("/portal/admin/accounts/wu.portal/disabling").then().statusCode(303);
        as("admin").get("/portal/admin/accounts").then().body(containsString("/portal/admin/accounts/wu.portal/enabling"));
        as("admin").post("/portal/admin/accounts/admin/disabling").then().statusCode(409)
                .body(containsString("alert-error"), not(containsString("Exception")));
    }

    @Test
    void aNewClientsSecretIsShownOnceAndARevokedClientHasNoActions() {
        String page = as("admin").formParam("clientId", "store-portaltest").formParam("storeCode", "portaltest")
                .post("/portal/admin/clients").then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString("id=\"client-secret\"")).extract().asString();
        Matcher secret = Pattern.compile("id=\"client-secret\">([^<]+)<").matcher(page);
        assertTrue(secret.find());
        caller.anonymous().auth().preemptive().basic("store-portaltest", secret.group(1))
                .formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(200);
        as("admin").get("/portal/admin/clients").then().statusCode(200)
                .body(containsString("store-portaltest"), not(containsString(secret.group(1))));
        String rotated = as("admin").post("/portal/admin/clients/store-portaltest/secrets").then().statusCode(200)
                .extract().asString();
        Matcher second = Pattern.compile("id=\"client-secret\">([^<]+)<").matcher(rotated);
        assertTrue(second.find());
        assertTrue(!second.group(1).equals(secret.group(1)), "rotation makes a new secret");
        as("admin").post("/portal/admin/clients/store-portaltest/revocation").then().statusCode(303);
        String after = as("admin").get("/portal/admin/clients").then().statusCode(200).extract().asString();
        assertEquals(-1, after.indexOf("/portal/admin/clients/store-portaltest/secrets"));
    }

    @Test
    void theHolidayCalendarRefusesDatesOutsideTheYearBesideTheFieldAndSavesAValidYear() {
        as("sun.auditor").get("/portal/admin/holidays").then().statusCode(403);
        as("admin").formParam("year", "2027").formParam("holidays", "2027-10-01\n2026-10-02\nnot-a-date")
                .formParam("adjustedWorkingDays", "").post("/portal/admin/holidays").then().statusCode(400)
                .body(containsString("id=\"h-holidays-error\""), containsString("2026-10-02, not-a-date"),
                        containsString("2027-10-01"));
        as("admin").formParam("year", "2027").formParam("holidays", "2027-10-01, 2027-10-04")
                .formParam("adjustedWorkingDays", "2027-09-26").post("/portal/admin/holidays").then().statusCode(303)
                .header("Location", endsWith("/portal/admin/holidays?done=2027"));
    }

    @Test
    void theTakedownTargetPageRefusesHoursOutOfRangeAndAMissingReasonBesideTheFields() {
        as("wang.official").get("/portal/admin/service-level").then().statusCode(403);
        as("admin").get("/portal/admin/service-level").then().statusCode(200)
                .body(containsString("id=\"sl-hours\""), containsString("for=\"sl-reason\""));
        as("admin").formParam("hours", "721").formParam("reason", " ").post("/portal/admin/service-level").then()
                .statusCode(400).body(containsString("id=\"sl-hours-error\""), containsString("id=\"sl-reason-error\""),
                        containsString("value=\"721\""));
        as("admin").formParam("hours", "12").formParam("reason", "部通知").post("/portal/admin/service-level").then()
                .statusCode(303).header("Location", endsWith("/portal/admin/service-level?done=true"));
    }

    @Test
    void anAdminChangesRolesAndResetsAPasswordButKeepsTheirOwnAdminRole() {
        as("admin").formParam("username", "qian.portal").formParam("displayName", "钱伟").formParam("roles", "official")
                .formParam("password", "Portal-2026-official-qian").post("/portal/admin/accounts").then().statusCode(303);
        as("admin").formParam("roles", "bureau").formParam("province", "").post("/portal/admin/accounts/qian.portal/roles")
                .then().statusCode(400).body(containsString("is required for a bureau officer"));
        as("admin").formParam("roles", "bureau").formParam("province", "81").post("/portal/admin/accounts/qian.portal/roles")
                .then().statusCode(400).body(containsString("no communication administration has province code 81"));
        as("admin").formParam("roles", "bureau").formParam("province", "44").post("/portal/admin/accounts/qian.portal/roles")
                .then().statusCode(303).header("Location", endsWith("done=roles"));
        as("admin").formParam("roles", "auditor").post("/portal/admin/accounts/admin/roles").then().statusCode(400)
                .body(containsString("cannot take the admin role from their own account"));
        as("admin").formParam("password", "short").post("/portal/admin/accounts/qian.portal/password").then().statusCode(400);
        as("admin").formParam("password", "Reset-2026-by-the-admin-qian").post("/portal/admin/accounts/qian.portal/password")
                .then().statusCode(303);
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", "qian.portal").formParam("password", "Reset-2026-by-the-admin-qian")
                .formParam("return", "/portal/cases").post("/login").then().statusCode(303).extract().cookie("supervision_token");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertTrue(claims.contains("\"bureau\"") && claims.contains("\"province\":\"44\""), claims);
    }
}
