package org.appsupervision.appstore.opendata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.OpenDataCheck;
import org.junit.jupiter.api.Test;

/**
 * appstore-service's open data: a day's takedown outcomes per store (confirmed, overdue, objected, reinstated) and
 * the store statistics, against the files and the database, read back by outside readers, without the stores'
 * listing references, notes or objection texts; a second dump answers the first unchanged.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "appstore"))
class OpenDataOutcomesTest {

    static final String BASE = "/api/public/open-data/appstore-service";

    @Inject
    DataSource database;

    @Test
    void aDaysOutcomesMatchTheFilesAndTheDatabaseAndLeaveOutWhatIsNotPublic() throws SQLException {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(6000));
        OffsetDateTime noon = day.atTime(12, 0).atOffset(ZoneOffset.ofHours(8));
        order("huawei", "TAKEDOWN", noon.minusHours(30), "confirmed_at", noon);
        order("huawei", "TAKEDOWN", noon.minusHours(50), "overdue_at", noon.plusHours(1));
        order("xiaomi", "TAKEDOWN", noon.minusHours(3), "objected_at", noon.plusHours(2));
        order("xiaomi", "REINSTATEMENT", noon.minusHours(3), "confirmed_at", noon.plusHours(3));
        order("oppo", "TAKEDOWN", noon.minusDays(3), "confirmed_at", noon.plusDays(1));

        JsonPath first = given().auth().oauth2(AccessMatrix.Caller.ADMIN.token()).contentType("application/json")
                .body(Map.of("date", day.toString())).post("/api/admin/open-data/appstore-service/dumps")
                .then().statusCode(201).extract().jsonPath();
        String manifest = given().get(BASE + "/manifests/" + day).then().statusCode(200).extract().asString();
        List<String> faults = new ArrayList<>();
        List<OpenDataCheck.Read> reads = OpenDataCheck.check(manifest, this::fetch, Map.of(
                "takedown-outcomes", Set.copyOf(TakedownOutcomesDataset.COLUMNS),
                "store-statistics", Set.of("day", "store_code", "store_zh", "store_en", "confirmed",
                        "confirmed_in_time", "overdue", "objected", "reinstated", "median_hours_to_confirm", "channel_kind")), faults);
        assertEquals(List.of(), faults);
        List<Map<String, String>> outcomes = reads.stream()
                .filter(r -> r.name().equals("takedown-outcomes-" + day + ".csv")).findFirst().orElseThrow().csv();
        assertEquals(List.of("CONFIRMED huawei", "OVERDUE huawei", "OBJECTED xiaomi", "REINSTATED xiaomi"),
                outcomes.stream().map(r -> r.get("outcome") + " " + r.get("store_code")).collect(Collectors.toList()));
        List<Map<String, String>> stores = reads.stream()
                .filter(r -> r.name().equals("store-statistics-" + day + ".jsonl")).findFirst().orElseThrow().jsonl();
        assertEquals("1", stores.get(0).get("confirmed"));
        assertEquals("1", stores.get(0).get("confirmed_in_time"));
        assertEquals("30.0", stores.get(0).get("median_hours_to_confirm"));
        assertEquals("APP_STORE", stores.get(0).get("channel_kind"));
        assertEquals("1", stores.get(1).get("reinstated"));
        JsonPath figures = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get(BASE + "/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(stores.size(), figures.getList("datasets.store-statistics").size());

        JsonPath second = given().auth().oauth2(AccessMatrix.Caller.ADMIN.token()).contentType("application/json")
                .body(Map.of("date", day.toString())).post("/api/admin/open-data/appstore-service/dumps")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(first.getList("files"), second.getList("files"));
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("DELETE FROM open_data_file WHERE day = '" + day + "'"));
            assertEquals("P0001", refused.getSQLState());
        }
    }

    /** An order of a store whose outcome column is set to the given time; texts that must never be published. */
    void order(String store, String kind, OffsetDateTime orderedAt, String outcomeColumn, OffsetDateTime at)
            throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO takedown_order (id, notice_id, item_id, chain_id, notice_title, app_name, package_name,
                    operator_name, store_code, status, ordered_at, deadline, received_at, kind, removed_at,
                    listing_reference, note, objection_text, """ + outcomeColumn + """
                ) VALUES (?, ?, ?, ?, '关于下架侵害用户权益APP名单的通报', '开放数据应用', ?, '某科技有限公司', ?, ?,
                    ?, ?, ?, ?, ?, 'https://store.example/app/1', '联系 13812345678', 'wang@example.cn', ?)""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, UUID.randomUUID());
            insert.setString(5, "com.opendata." + UUID.randomUUID().toString().substring(0, 8));
            insert.setString(6, store);
            // A status that matches the outcome, so the takedown clock leaves the order alone.
            insert.setString(7, switch (outcomeColumn) {
                case "confirmed_at" -> "CONFIRMED";
                case "objected_at" -> "OBJECTED";
                default -> "PENDING";
            });
            insert.setObject(8, orderedAt);
            insert.setObject(9, orderedAt.plusHours(48));
            insert.setObject(10, orderedAt);
            insert.setString(11, kind);
            insert.setObject(12, at.minusMinutes(5));
            insert.setObject(13, at);
            insert.executeUpdate();
        }
    }

    OpenDataCheck.Fetched fetch(String name) {
        String date = name.replaceAll(".*-(\\d{4}-\\d{2}-\\d{2})\\..*", "$1");
        Response file = given().get(BASE + "/files/" + date + "/" + name).then().statusCode(200).extract().response();
        return new OpenDataCheck.Fetched(file.asByteArray(), file.contentType(), file.header("ETag"));
    }
}
