package org.appsupervision.gateway.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
class AuditLogTest {

    @Inject
    AgroalDataSource dataSource;

    private final Caller caller = Caller.fresh();

    @Test
    void loginsFailuresAndTokenIssuanceAreRecordedForAuditors() {
        caller.login("wang.official");
        caller.anonymous().contentType(ContentType.JSON).body(Map.of("username", "wang.official", "password", "nope"))
                .post("/auth/login").then().statusCode(401);
        caller.storeToken("store-vivo", "test-secret-vivo");
        String auditor = caller.login("sun.auditor");
        caller.as(auditor).queryParam("limit", 1000).get("/audit/records").then().statusCode(200)
                .body("action", hasItems("LOGIN_SUCCEEDED", "LOGIN_FAILED", "TOKEN_ISSUED"))
                .body("findAll { it.address == '" + caller.address() + "' }.action",
                        hasItems("LOGIN_SUCCEEDED", "LOGIN_FAILED", "TOKEN_ISSUED"));
        caller.as(auditor).get("/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theLogPagesAlongItsNextLinksToTheLatestRecord() {
        for (String user : List.of("wang.official", "li.approver", "chen.gd")) {
            caller.login(user);
        }
        String auditor = caller.login("sun.auditor");
        List<Long> seqs = caller.as(auditor).queryParam("limit", 1000).get("/audit/records").then().statusCode(200)
                .header("Link", nullValue()).extract().jsonPath().getList("seq", Long.class);
        long last = seqs.get(seqs.size() - 1);
        List<Long> walked = new ArrayList<>();
        String next = "/audit/records?after=" + (last - 3) + "&limit=1";
        while (next != null && walked.size() < 10) {
            io.restassured.response.Response page = caller.as(auditor).urlEncodingEnabled(false).get(next);
            walked.addAll(page.then().statusCode(200).extract().jsonPath().getList("seq", Long.class));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        }
        assertEquals(List.of(last - 2, last - 1, last), walked);
    }

    @Test
    void onlyAuditorsAndAdminsReadTheLog() {
        caller.anonymous().get("/audit/records").then().statusCode(401);
        for (String user : List.of("wang.official", "li.approver", "chen.gd")) {
            caller.as(caller.login(user)).get("/audit/records").then().statusCode(403);
        }
        caller.as(caller.storeToken("store-apple", "test-secret-apple")).get("/audit/verification")
                .then().statusCode(403);
        caller.as(caller.login("admin")).get("/audit/verification").then().statusCode(200);
        caller.as(caller.login("sun.auditor")).queryParam("limit", 5000).get("/audit/records").then().statusCode(400);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteARecord() {
        caller.login("li.approver");
        assertThrows(SQLException.class, () -> execute("UPDATE audit_record SET actor = 'someone' WHERE seq = 1"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM audit_record WHERE seq = 1"));
    }

    @Test
    void theCheckFindsAChangedAndADeletedRecord() throws SQLException {
        String auditor = caller.login("sun.auditor");
        caller.login("zhao.bj");
        caller.login("zhao.bj");
        long seq = caller.as(auditor).queryParam("limit", 1000).get("/audit/records").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.actor == 'zhao.bj' }.seq");
        // Someone with database rights bypasses the append-only trigger.
        execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_no_update_or_delete");
        try {
            execute("UPDATE audit_record SET actor = 'zhao.innocent' WHERE seq = " + seq);
            caller.as(auditor).get("/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
            execute("UPDATE audit_record SET actor = 'zhao.bj' WHERE seq = " + seq);
            caller.as(auditor).get("/audit/verification").then().body("intact", equalTo(true));

            execute("CREATE TABLE IF NOT EXISTS audit_keep_test (LIKE audit_record)");
            execute("INSERT INTO audit_keep_test SELECT * FROM audit_record WHERE seq = " + seq);
            execute("DELETE FROM audit_record WHERE seq = " + seq);
            caller.as(auditor).get("/audit/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) seq));
            execute("INSERT INTO audit_record SELECT * FROM audit_keep_test WHERE seq = " + seq);
        } finally {
            execute("ALTER TABLE audit_record ENABLE TRIGGER audit_record_no_update_or_delete");
        }
        caller.as(auditor).get("/audit/verification").then().body("intact", equalTo(true));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
