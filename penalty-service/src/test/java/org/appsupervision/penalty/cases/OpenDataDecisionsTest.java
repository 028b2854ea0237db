package org.appsupervision.penalty.cases;

import static io.restassured.RestAssured.given;
import static org.appsupervision.penalty.cases.CaseDriver.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OpenDataCheck;
import org.junit.jupiter.api.Test;

/**
 * penalty-service's open data: the decisions published on a day as the public decisions list shows them (without the
 * penalties' free-text notes), checked against the files and the database, read back by outside readers; a second
 * dump answers the first unchanged, and the stored files refuse any change.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "penalty"))
class OpenDataDecisionsTest {

    static final String BASE = "/api/public/open-data/penalty-service";

    @Inject
    DataSource database;

    @Test
    void aDaysDecisionsMatchThePublicListTheFilesAndTheDatabase() throws SQLException {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6000));
        String id = WriteAccessMatrixTest.inExecution();
        post(WriteAccessMatrixTest.SECOND_A, CaseDriver.path(id, "publication"), Map.of()).statusCode(200);
        execute("UPDATE penalty_case SET published_on = '" + day + "' WHERE id = '" + id + "'");

        JsonPath first = dump(day).then().statusCode(201).extract().jsonPath();
        String manifest = given().get(BASE + "/manifests/" + day).then().statusCode(200).extract().asString();
        List<String> faults = new ArrayList<>();
        List<OpenDataCheck.Read> reads = OpenDataCheck.check(manifest, this::fetch, Map.of(
                "penalty-decisions", Set.of("day", "decision_number", "bureau", "subject_name", "subject_code",
                        "legal_basis", "penalties", "total_fine_cny", "decided_on", "published_on", "document_sha256"),
                "penalty-statistics", Set.of("day", "bureau_province_code", "bureau", "decisions", "total_fine_cny")),
                faults);
        assertEquals(List.of(), faults);
        Map<String, String> row = reads.stream().filter(r -> r.name().equals("penalty-decisions-" + day + ".jsonl"))
                .findFirst().orElseThrow().jsonl().get(0);
        Map<String, Object> shown = given().queryParam("province", AccessMatrix.PROVINCE_A).queryParam("limit", 1000)
                .get("/public/penalty/decisions").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(d -> d.get("decisionNumber")
                        .equals(row.get("decision_number"))).findFirst().orElseThrow();
        assertEquals(shown.get("subjectName"), row.get("subject_name"));
        assertEquals(shown.get("subjectCode"), row.get("subject_code"));
        assertEquals(shown.get("legalBasis"), row.get("legal_basis"));
        assertEquals(0, new java.math.BigDecimal(String.valueOf(shown.get("totalFineCny")))
                .compareTo(new java.math.BigDecimal(row.get("total_fine_cny"))), row.get("total_fine_cny"));
        assertFalse(row.get("penalties").contains("note"), row.get("penalties"));
        assertEquals(1, reads.stream().filter(r -> r.name().equals("penalty-decisions-" + day + ".csv")).findFirst()
                .orElseThrow().csv().size());

        JsonPath second = dump(day).then().statusCode(200).extract().jsonPath();
        assertEquals(first.getList("files"), second.getList("files"));
        for (String sql : List.of("UPDATE open_data_file SET sha256 = repeat('0', 64) WHERE day = '" + day + "'",
                "DELETE FROM open_data_manifest WHERE day = '" + day + "'")) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> execute(sql));
            assertEquals("P0001", refused.getSQLState());
        }
    }

    OpenDataCheck.Fetched fetch(String name) {
        String date = name.replaceAll(".*-(\\d{4}-\\d{2}-\\d{2})\\..*", "$1");
        Response file = given().get(BASE + "/files/" + date + "/" + name).then().statusCode(200).extract().response();
        return new OpenDataCheck.Fetched(file.asByteArray(), file.contentType(), file.header("ETag"));
    }

    static Response dump(LocalDate day) {
        return given().auth().oauth2(AccessMatrix.Caller.ADMIN.token()).contentType("application/json")
                .body(Map.of("date", day.toString())).post("/api/admin/open-data/penalty-service/dumps");
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
