package org.appsupervision.gateway.account;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
class AccountAdminTest {

    private final Caller caller = Caller.fresh();

    private Map<String, Object> account(String username, List<String> roles, String province) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", "测试 " + username,
                "roles", roles, "password", "Strong-pass-2021"));
        if (province != null) {
            body.put("province", province);
        }
        return body;
    }

    @Test
    void anAdminCreatesABureauOfficerWhoLogsInWithTheirProvince() {
        String admin = caller.login("admin");
        caller.as(admin).contentType(ContentType.JSON).body(account("liu.sc", List.of("bureau"), "51"))
                .post("/admin/accounts")
                .then().statusCode(201).header("Location", containsString("/admin/accounts/liu.sc"))
                .body("province", equalTo("51")).body("enabled", equalTo(true))
                .body(not(containsString("passwordHash"))).body(not(containsString("$2a$")));
        caller.login("liu.sc", "Strong-pass-2021");
        caller.as(admin).get("/admin/accounts").then().statusCode(200).body("username", hasItem("liu.sc"));
        caller.as(admin).contentType(ContentType.JSON).body(account("liu.sc", List.of("bureau"), "51"))
                .post("/admin/accounts").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void refusesBadAccountsWithTheFieldsAtFault() {
        String admin = caller.login("admin");
        Map<String, Object> bad = account("bad.one", List.of("bureau", "emperor"), null);
        bad.put("password", "short");
        caller.as(admin).contentType(ContentType.JSON).body(bad).post("/admin/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("roles")).body("errors.field", hasItem("province"))
                .body("errors.field", hasItem("password"));
        caller.as(admin).contentType(ContentType.JSON).body(account("store.person", List.of("store"), null))
                .post("/admin/accounts").then().statusCode(400).body("errors.field", hasItem("roles"));
        caller.anonymous().contentType(ContentType.JSON).body(account("anon.try", List.of("official"), null))
                .post("/admin/accounts").then().statusCode(401);
    }

    @Test
    void aBureauOfficersProvinceIsOneWithACommunicationAdministrationOrTheMinistrysBureau() {
        String admin = caller.login("admin");
        for (String province : List.of("81", "82", "71", "99", "10")) {
            caller.as(admin).contentType(ContentType.JSON).body(account("no.bureau" + province, List.of("bureau"), province))
                    .post("/admin/accounts").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("province"));
            caller.as(admin).get("/admin/accounts").then().statusCode(200)
                    .body("username", not(hasItem("no.bureau" + province)));
        }
        caller.as(admin).contentType(ContentType.JSON).body(account("ministry.bureau", List.of("bureau"), "00"))
                .post("/admin/accounts").then().statusCode(201).body("province", equalTo("00"));
    }

    @Test
    void onlyAdminsManageAccounts() {
        caller.anonymous().get("/admin/accounts").then().statusCode(401).contentType("application/problem+json");
        for (String user : List.of("wang.official", "li.approver", "chen.gd", "sun.auditor")) {
            caller.as(caller.login(user)).get("/admin/accounts").then().statusCode(403)
                    .contentType("application/problem+json");
            caller.as(caller.login(user)).post("/admin/accounts/wang.official/disabling").then().statusCode(403);
        }
        String store = caller.storeToken("store-oppo", "test-secret-oppo");
        caller.as(store).get("/admin/accounts").then().statusCode(403);
        caller.as(store).get("/admin/clients").then().statusCode(403);
    }

    @Test
    void aDisabledAccountCannotLogInUntilEnabledAgain() {
        String admin = caller.login("admin");
        caller.as(admin).contentType(ContentType.JSON).body(account("gao.temp", List.of("official"), null))
                .post("/admin/accounts").then().statusCode(201);
        caller.as(admin).post("/admin/accounts/gao.temp/disabling").then().statusCode(200)
                .body("enabled", equalTo(false));
        loginFails("gao.temp", "Strong-pass-2021");
        caller.as(admin).post("/admin/accounts/gao.temp/enabling").then().statusCode(200);
        caller.login("gao.temp", "Strong-pass-2021");
        caller.as(admin).post("/admin/accounts/nobody.here/disabling").then().statusCode(404)
                .contentType("application/problem+json");
        caller.as(admin).post("/admin/accounts/admin/disabling").then().statusCode(409);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPasswordUntilAnAdminUnlocksIt() {
        String admin = caller.login("admin");
        caller.as(admin).contentType(ContentType.JSON).body(account("ma.locked", List.of("approver"), null))
                .post("/admin/accounts").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            loginFails("ma.locked", "wrong-password-" + i);
        }
        loginFails("ma.locked", "Strong-pass-2021");
        caller.as(admin).get("/admin/accounts").then()
                .body("find { it.username == 'ma.locked' }.locked", equalTo(true));
        caller.as(admin).post("/admin/accounts/ma.locked/unlocking").then().statusCode(200)
                .body("locked", equalTo(false));
        caller.login("ma.locked", "Strong-pass-2021");
    }

    @Test
    void anOfficialChangesTheirPasswordAndTheOldOneStopsWorking() {
        String admin = caller.login("admin");
        caller.as(admin).contentType(ContentType.JSON).body(account("he.changer", List.of("official"), null))
                .post("/admin/accounts").then().statusCode(201);
        String token = caller.login("he.changer", "Strong-pass-2021");
        caller.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-it", "newPassword", "Another-pass-2022"))
                .post("/auth/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        caller.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Strong-pass-2021", "newPassword", "short1"))
                .post("/auth/password").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        caller.as(token).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Strong-pass-2021", "newPassword", "Another-pass-2022"))
                .post("/auth/password").then().statusCode(204);
        loginFails("he.changer", "Strong-pass-2021");
        caller.login("he.changer", "Another-pass-2022");
        caller.anonymous().contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "Another-pass-2022", "newPassword", "Third-pass-2023"))
                .post("/auth/password").then().statusCode(401);
    }

    @Test
    void logoutClearsTheCookie() {
        caller.anonymous().post("/auth/logout").then().statusCode(204)
                .header("Set-Cookie", containsString("supervision_token=;"))
                .header("Set-Cookie", containsString("Max-Age=0"));
    }

    @Test
    void theLoginCookieAuthenticatesTheGatewaysOwnEndpoints() {
        String admin = caller.login("admin");
        caller.anonymous().cookie("supervision_token", admin).get("/admin/accounts").then().statusCode(200);
    }

    private void loginFails(String username, String password) {
        caller.anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/auth/login").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }
}
