package org.appsupervision.gateway.registration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class RegistrationTest {

    @Inject
    DataSource dataSource;

    private final Caller caller = Caller.fresh();

    @Test
    void anEnterpriseRegistersIsVerifiedByItsProvincesBureauAndLogsInWithItsCreditCode() throws Exception {
        String code = Registrations.code("11");
        String username = Registrations.username();
        JsonPath receipt = Registrations.submit(caller, Registrations.fields(code, username), Registrations.PNG,
                "application/octet-stream").then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/auth/registrations/")).body("status", equalTo("PENDING"))
                .extract().jsonPath();
        String id = receipt.getString("id");
        String token = receipt.getString("statusToken");

        caller.anonymous().header("Registration-Token", token).get("/auth/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("companyName", equalTo("测试科技有限公司"))
                .body(not(containsString("张三"))).body(not(containsString(code))).body(not(containsString(username)));
        caller.anonymous().header("Registration-Token", token + "x").get("/auth/registrations/" + id).then()
                .statusCode(404).contentType("application/problem+json");
        caller.anonymous().get("/auth/registrations/" + id).then().statusCode(404);
        caller.anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password",
                "Enterprise-pass-2026")).post("/auth/login").then().statusCode(401);

        String bureau = caller.login("zhao.bj");
        caller.as(bureau).queryParam("status", "PENDING").get("/admin/registrations").then().statusCode(200)
                .body("id", hasItem(id));
        caller.as(bureau).get("/admin/registrations/" + id).then().statusCode(200).body("creditCode", equalTo(code))
                .body("province", equalTo("11")).body("letterType", equalTo("image/png"))
                .body("letterSha256", equalTo(sha256(Registrations.PNG))).body(not(containsString("passwordHash")));
        byte[] letter = caller.as(bureau).get("/admin/registrations/" + id + "/letter").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertArrayEquals(Registrations.PNG, letter);
        caller.as(bureau).post("/admin/registrations/" + id + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("decidedBy", equalTo("zhao.bj"));
        caller.as(bureau).post("/admin/registrations/" + id + "/verification").then().statusCode(409);

        caller.anonymous().header("Registration-Token", token).get("/auth/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        String operator = caller.login(username, "Enterprise-pass-2026");
        Map<?, ?> claims = claims(operator);
        assertEquals(code, claims.get("credit_code"));
        assertEquals(List.of("operator"), claims.get("groups"));
        assertEquals(1, count("audit_record WHERE action = 'REGISTRATION_VERIFIED' AND actor = 'zhao.bj' AND subject = '"
                + code + "'"), "the verification is in the audit log: who, what, which code");
    }

    @Test
    void aRejectedRegistrantReadsTheReasonAndCannotLogInAndMayRegisterAgain() {
        String code = Registrations.code("44");
        String username = Registrations.username();
        JsonPath receipt = Registrations.submit(caller, Registrations.fields(code, username), Registrations.PDF).then()
                .statusCode(201).extract().jsonPath();
        String id = receipt.getString("id");
        String ministry = caller.login("wang.official");
        caller.as(ministry).contentType(ContentType.JSON).body(Map.of("reason", " ")).post("/admin/registrations/" + id
                + "/rejection").then().statusCode(400).contentType("application/problem+json");
        caller.as(ministry).contentType(ContentType.JSON).body(Map.of("reason", "授权委托书未盖公章"))
                .post("/admin/registrations/" + id + "/rejection").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        caller.anonymous().header("Registration-Token", receipt.getString("statusToken")).get("/auth/registrations/" + id)
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("授权委托书未盖公章"));
        caller.anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password",
                "Enterprise-pass-2026")).post("/auth/login").then().statusCode(401);
        caller.as(ministry).post("/admin/registrations/" + id + "/verification").then().statusCode(409);
        Registrations.submit(Caller.fresh(), Registrations.fields(code, username), Registrations.JPEG).then()
                .statusCode(201);
    }

    @Test
    void aBureauOfAnotherProvinceNeitherSeesNorDecidesARegistration() throws Exception {
        String code = Registrations.code("44");
        String id = Registrations.submit(caller, Registrations.fields(code, Registrations.username()), Registrations.PDF)
                .then().statusCode(201).extract().path("id");
        String beijing = caller.login("zhao.bj");
        long audit = count("audit_record");
        caller.as(beijing).get("/admin/registrations?limit=1000").then().statusCode(200).body("id", not(hasItem(id)));
        caller.as(beijing).get("/admin/registrations/" + id).then().statusCode(404).contentType("application/problem+json");
        caller.as(beijing).get("/admin/registrations/" + id + "/letter").then().statusCode(404);
        caller.as(beijing).post("/admin/registrations/" + id + "/verification").then().statusCode(404);
        caller.as(beijing).contentType(ContentType.JSON).body(Map.of("reason", "越权")).post("/admin/registrations/" + id
                + "/rejection").then().statusCode(404);
        assertEquals(audit, count("audit_record"));
        String guangdong = caller.login("chen.gd");
        caller.as(guangdong).get("/admin/registrations/" + id).then().statusCode(200).body("status", equalTo("PENDING"))
                .body("decidedAt", nullValue());
        caller.as(guangdong).get("/admin/registrations?limit=1000").then().statusCode(200).body("id", hasItem(id));
        caller.as(caller.login("sun.auditor")).get("/admin/registrations").then().statusCode(403);
        caller.anonymous().get("/admin/registrations").then().statusCode(401);
    }

    @Test
    void everyBadRegistrationIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        String taken = Registrations.code("31");
        String takenName = Registrations.username();
        Registrations.submit(caller, Registrations.fields(taken, takenName), Registrations.PDF).then().statusCode(201);
        String code = Registrations.code("11");
        String valid17 = code.substring(0, 17);
        char wrongCheck = code.charAt(17) == '0' ? '1' : '0';
        String hongKong = Registrations.code("81");
        record Bad(String what, Map<String, String> fields, byte[] letter, int status, String field) {
        }
        Map<String, String> nul = Registrations.fields(code, Registrations.username());
        nul.put("companyName", "测试\u0000公司");
        Map<String, String> missing = Registrations.fields(code, Registrations.username());
        missing.remove("contactName");
        missing.remove("contactEmail");
        Map<String, String> weak = Registrations.fields(code, Registrations.username());
        weak.put("password", "short");
        List<Bad> bad = List.of(
                new Bad("not a credit code", with(code, "creditCode", "NOT-A-CODE"), Registrations.PDF, 400, "creditCode"),
                new Bad("wrong check character", with(code, "creditCode", valid17 + wrongCheck), Registrations.PDF, 400,
                        "creditCode"),
                new Bad("province without a bureau", with(code, "creditCode", hongKong), Registrations.PDF, 400,
                        "creditCode"),
                new Bad("missing fields", missing, Registrations.PDF, 400, "contactName"),
                new Bad("NUL byte", nul, Registrations.PDF, 400, "companyName"),
                new Bad("weak password", weak, Registrations.PDF, 400, "password"),
                new Bad("bad e-mail", with(code, "contactEmail", "not-an-address"), Registrations.PDF, 400,
                        "contactEmail"),
                new Bad("no letter", Registrations.fields(code, Registrations.username()), null, 400, "letter"),
                new Bad("letter of another type", Registrations.fields(code, Registrations.username()),
                        "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), 400, "letter"),
                new Bad("letter too large", Registrations.fields(code, Registrations.username()),
                        Registrations.large(5 * 1024 * 1024 + 1), 400, "letter"),
                new Bad("code already registered", Registrations.fields(taken, Registrations.username()),
                        Registrations.PDF, 409, "creditCode"),
                new Bad("username taken by a pending registration", Registrations.fields(code, takenName),
                        Registrations.PDF, 409, "username"),
                new Bad("username of an account", Registrations.fields(code, "wang.official"), Registrations.PDF, 409,
                        "username"));
        for (Bad b : bad) {
            long registrations = count("registration");
            long letters = count("registration_letter");
            long accounts = count("account");
            Registrations.submit(Caller.fresh(), b.fields(), b.letter()).then().statusCode(b.status())
                    .contentType("application/problem+json").body("errors.field", hasItem(b.field()))
                    .body(not(containsString("Exception")));
            assertEquals(List.of(registrations, letters, accounts),
                    List.of(count("registration"), count("registration_letter"), count("account")), b.what());
        }
    }

    @Test
    void registrationsFromOneAddressAreRateLimited() {
        int status = 0;
        for (int i = 0; i < 13 && status != 429; i++) {
            status = caller.anonymous().contentType("multipart/form-data; boundary=" + Registrations.BOUNDARY)
                    .body(Registrations.multipart(Map.of("companyName", "x"), null, null)).post("/auth/registrations")
                    .then().extract().statusCode();
        }
        assertEquals(429, status);
        Registrations.submit(Caller.fresh(), Registrations.fields(Registrations.code("11"), Registrations.username()),
                Registrations.PDF).then().statusCode(201);
    }

    private static Map<String, String> with(String code, String field, String value) {
        Map<String, String> fields = Registrations.fields(code, Registrations.username());
        fields.put(field, value);
        return fields;
    }

    static Map<?, ?> claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return new JsonPath(payload).getMap("$");
    }

    private long count(String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
