package org.appsupervision.gateway.portal.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.appsupervision.gateway.registration.Registrations;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class RegistrationPagesTest {

    @Inject
    DataSource dataSource;

    private final Caller caller = Caller.fresh();

    private RequestSpecification page() {
        return caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin");
    }

    private RequestSpecification as(String username) {
        return page().cookie("supervision_token", caller.login(username));
    }

    private String register(String code, byte[] letter) {
        return page().contentType("multipart/form-data; boundary=" + Registrations.BOUNDARY)
                .body(Registrations.multipart(Registrations.fields(code, Registrations.username()), letter,
                        "application/pdf"))
                .post("/register").then().statusCode(303).header("Location", containsString("/register/"))
                .extract().header("Location");
    }

    @Test
    void theLoginPageLinksToTheRegistrationFormInBothLanguages() {
        page().get("/login").then().statusCode(200).body(containsString("href=\"/register\""),
                containsString("企业注册 / Enterprise registration"));
        page().get("/register").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""),
                containsString("name=\"creditCode\""), containsString("name=\"letter\""), containsString("授权委托书"));
        page().cookie("lang", "en").get("/register").then().statusCode(200)
                .body(containsString("Authorisation letter"), containsString("Unified social credit code"));
    }

    @Test
    void anEnterpriseRegistersOnThePageAndReadsItsStatusWithItsToken() {
        String status = register(Registrations.code("44"), Registrations.PDF);
        String path = status.substring(status.indexOf("/register/"));
        page().get(path).then().statusCode(200).body(containsString("测试科技有限公司"), containsString("待审核"),
                containsString("data-status=\"PENDING\""), not(containsString("张三")));
        page().get(path.replaceAll("token=[^&]+", "token=wrong")).then().statusCode(404);
    }

    @Test
    void aBadRegistrationShowsTheFieldsAtFaultAndWritesNothing() throws Exception {
        long before = count();
        Map<String, String> fields = Registrations.fields(Registrations.code("11"), Registrations.username());
        fields.put("creditCode", "91110105MA0000000X");
        page().contentType("multipart/form-data; boundary=" + Registrations.BOUNDARY)
                .body(Registrations.multipart(fields, "GIF89a".getBytes(), "image/png")).post("/register")
                .then().statusCode(400).body(containsString("id=\"reg-creditCode-error\""),
                        containsString("id=\"reg-letter-error\""), containsString("value=\"测试科技有限公司\""));
        assertEquals(before, count());
    }

    @Test
    void theBureauOfTheProvinceVerifiesOnTheQueueAndAnotherProvinceGets404() {
        String location = register(Registrations.code("44"), Registrations.PDF);
        String id = location.substring(location.indexOf("/register/") + 10, location.indexOf('?'));
        as("chen.gd").get("/portal/registrations").then().statusCode(200)
                .body(containsString("/portal/registrations/" + id), containsString("企业注册审核"));
        as("zhao.bj").get("/portal/registrations").then().statusCode(200)
                .body(not(containsString("/portal/registrations/" + id)));
        as("zhao.bj").get("/portal/registrations/" + id).then().statusCode(404);
        as("zhao.bj").get("/portal/registrations/" + id + "/letter").then().statusCode(404);
        as("zhao.bj").post("/portal/registrations/" + id + "/verification").then().statusCode(404);
        as("chen.gd").get("/portal/registrations/" + id).then().statusCode(200)
                .body(containsString("id=\"verify-form\""), containsString("id=\"letter-download\""));
        as("chen.gd").get("/portal/registrations/" + id + "/letter").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", startsWith("attachment"));
        as("chen.gd").post("/portal/registrations/" + id + "/verification").then().statusCode(303)
                .header("Location", containsString("done=verified"));
        as("chen.gd").get("/portal/registrations/" + id).then().statusCode(200)
                .body(containsString("data-status=\"VERIFIED\""), not(containsString("id=\"verify-form\"")));
        as("sun.auditor").get("/portal/registrations").then().statusCode(403);
    }

    @Test
    void theMinistryRejectsWithAReasonTheEnterpriseReads() {
        String location = register(Registrations.code("31"), Registrations.PDF);
        String id = location.substring(location.indexOf("/register/") + 10, location.indexOf('?'));
        as("wang.official").contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("reason", " ").post("/portal/registrations/" + id + "/rejection").then()
                .statusCode(400);
        as("wang.official").contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("reason", "授权委托书无公章").post("/portal/registrations/" + id + "/rejection")
                .then().statusCode(303);
        page().get(location.substring(location.indexOf("/register/"))).then().statusCode(200)
                .body(containsString("授权委托书无公章"), containsString("data-status=\"REJECTED\""));
    }

    private long count() throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM registration")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
