package org.appsupervision.notice.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.devstack.TestTokens;
import org.junit.jupiter.api.Test;

/** Archive files checked whole: a bad line refuses the file and names every fault; imported notices order nothing. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class ArchiveImportTest {

    static final String ADMIN = TestTokens.user("root.admin", "admin");
    static final String OFFICIAL = TestTokens.user("wang.official", "official");
    static final String APPROVER = TestTokens.user("li.approver", "approver");

    static String takedown(String title, String extra) {
        return "{\"kind\":\"TAKEDOWN\",\"title\":\"" + title + "\",\"publishedOn\":\"2020-12-22\"" + extra
                + ",\"annexes\":[{\"authority\":\"MINISTRY\",\"items\":[{\"app\":\"存档应用\",\"version\":\"1.0\","
                + "\"operator\":{\"name\":\"北京豆网科技有限公司\",\"creditCode\":\"91110108551385082Q\"},"
                + "\"stores\":[\"huawei\"],\"problems\":[\"collect-beyond-scope\"]}]}]}";
    }

    static io.restassured.response.ValidatableResponse send(String token, String file) {
        return given().auth().oauth2(token).contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/notices/archive").then();
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEveryFaultAndWritesNothing() {
        String good = "存档好行" + System.nanoTime();
        String file = takedown(good, "") + "\n"
                + "{\"kind\":\"TAKEDOWN\",\"title\":\n"
                + takedown("存档坏行", ",\"deadline\":\"2021-01-01\",\"colour\":\"red\"") + "\n"
                + takedown("存档坏行二", ",\"batch\":{\"year\":2020,\"yearly\":1,\"cumulative\":9}")
                        .replace("collect-beyond-scope", "no-such-problem").replace("91110108551385082Q", "91110108551385082X")
                + "\n\n"
                + "{\"kind\":\"RECHECK\",\"title\":\"\",\"publishedOn\":\"2999-01-01\",\"annexes\":[{\"authority\":\"99\","
                + "\"items\":[]},{\"authority\":\"MINISTRY-X\",\"items\":[{\"app\":\"x\"}]}]}\n";
        JsonPath problem = send(ADMIN, file).statusCode(400).contentType("application/problem+json")
                .body("title", containsString("/")).body("detail", containsString("nothing was imported"))
                .extract().jsonPath();
        List<String> fields = problem.getList("errors.field");
        org.hamcrest.MatcherAssert.assertThat(fields, hasItems("line 2", "line 3: colour",
                "line 4: annexes[0].items[0].operator.creditCode", "line 6: title", "line 6: annexes[0].items",
                "line 6: annexes[1].authority", "line 6: annexes[1].items[0].operator",
                "line 6: annexes[1].items[0].problems"));
        org.hamcrest.MatcherAssert.assertThat(problem.getString("errors.message"), not(containsString("java.")));
        given().queryParam("app", "存档应用").get("/api/public/notices").then().statusCode(200)
                .body("items.title", not(hasItems(good)));

        // The same faults once the lines are well formed: the checks against reference data and the terms.
        String semantic = takedown("存档坏行三", ",\"deadline\":\"2021-01-01\"") + "\n"
                + takedown("存档坏行四", ",\"batch\":{\"year\":2020,\"yearly\":1,\"cumulative\":9}")
                        .replace("collect-beyond-scope", "no-such-problem") + "\n"
                + takedown(good, "").replace("\"authority\":\"MINISTRY\"", "\"authority\":\"99\"") + "\n";
        JsonPath refused = send(ADMIN, semantic).statusCode(400).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(refused.getList("errors.field"), hasItems("line 1: deadline",
                "line 2: batch", "line 2: annexes[0].items[0].problems[0]", "line 3: annexes[0].authority"));
        given().queryParam("app", "存档应用").get("/api/public/notices").then().statusCode(200)
                .body("items.title", not(hasItems(good, "存档坏行三", "存档坏行四")));
    }

    @Test
    void anEmptyFileOrTheSameNoticeTwiceInOneFileIsRefused() {
        send(ADMIN, "\n\n").statusCode(400).body("errors[0].field", equalTo("file"));
        String title = "存档重复" + System.nanoTime();
        send(ADMIN, takedown(title, "") + "\n" + takedown(title, "") + "\n").statusCode(400)
                .body("errors[0].field", equalTo("line 2"));
    }

    @Test
    void onlyAnAdminImportsAndAnImportedNoticeIsPublicButOrdersAndLiftsNothing() {
        String title = "存档下架" + System.nanoTime();
        String file = takedown(title, ",\"source\":\"https://www.miit.gov.cn/\"");
        for (String token : List.of(OFFICIAL, APPROVER, TestTokens.user("a", "auditor"))) {
            send(token, file).statusCode(403);
        }
        given().contentType("application/x-ndjson").body(file.getBytes(StandardCharsets.UTF_8)).post("/api/notices/archive").then().statusCode(401);
        JsonPath report = send(ADMIN, file).statusCode(200).body("imported", equalTo(1)).extract().jsonPath();
        String id = report.getString("notices[0].id");
        send(ADMIN, file).statusCode(200).body("imported", equalTo(0)).body("alreadyImported", equalTo(1))
                .body("notices[0].id", equalTo(id)).body("notices[0].outcome", equalTo("ALREADY_IMPORTED"));
        send(ADMIN, file.replace("\"1.0\"", "\"2.0\"")).statusCode(400).body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("a different notice"));

        given().get("/api/public/notices/" + id).then().statusCode(200).body("imported", equalTo(true))
                .body("annexes[0].label", equalTo("附件")).body("annexes[0].heading", equalTo("工业和信息化部下架的应用软件名单"))
                .body("legalBasis", equalTo("《中华人民共和国网络安全法》《移动智能终端应用软件预置和分发管理暂行规定》（工信部信管〔2016〕407号）"))
                .body("bureauPenaltyInstruction", equalTo(null));
        String item = given().auth().oauth2(OFFICIAL).get("/api/notices/" + id).then().statusCode(200)
                .body("imported.source", equalTo("https://www.miit.gov.cn/")).extract().path("items[0].itemId");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("reason", "已整改"))
                .post("/api/notices/" + id + "/items/" + item + "/lifting").then().statusCode(409);
    }

    @Test
    void anImportedRectificationIsNoSourceForAReCheckOfThisSystem() {
        String title = "存档整改" + System.nanoTime();
        String file = takedown(title, ",\"deadline\":\"2020-12-29\"").replace("\"TAKEDOWN\"", "\"RECTIFICATION\"");
        String id = send(ADMIN, file).statusCode(200).extract().path("notices[0].id");
        given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON).body(Map.of("sourceNoticeId", id, "kind", "RECHECK",
                "title", "关于侵害用户权益行为APP“回头看”的通报")).post("/api/notices/from-unrectified")
                .then().statusCode(400).body("errors[0].field", equalTo("sourceNoticeId"));
    }
}
