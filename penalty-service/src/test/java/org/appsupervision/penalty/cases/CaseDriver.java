package org.appsupervision.penalty.cases;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.TestTokens;

/** Drives cases through the API for tests: officers' tokens and the steps of the procedure. */
public final class CaseDriver {

    public static final String BJ_ZHAO = TestTokens.bureau("zhao.bj", "11");
    public static final String BJ_QIAN = TestTokens.bureau("qian.bj", "11");
    public static final String BJ_LEGAL = TestTokens.bureau("fa.bj", "11");
    public static final String GD_CHEN = TestTokens.bureau("chen.gd", "44");
    public static final String MINISTRY = TestTokens.user("wang.official", "official");
    public static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");

    public static final LocalDate TODAY = LocalDate.now(CaseClock.CHINA);

    private CaseDriver() {
    }

    public static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    public static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    public static String open(String token, LocalDate filedOn) {
        return post(token, "/api/penalty/cases", Map.of("subjectKind", "OPERATOR", "subjectName", "北京豆网科技有限公司",
                "subjectCode", "91110108551385082Q", "subjectAddress", "北京市朝阳区",
                "facts", "豆瓣（com.douban.frodo）超范围收集个人信息，经通报后逾期未整改。", "chainId", UUID.randomUUID().toString(),
                "filedOn", filedOn.toString()))
                .statusCode(201).extract().path("id");
    }

    /** Opens a Beijing case and takes it to review with two investigators. */
    public static String inReview(LocalDate filedOn, boolean serious) {
        String id = open(BJ_ZHAO, filedOn);
        post(BJ_ZHAO, path(id, "investigation"), Map.of("on", filedOn.toString())).statusCode(200);
        post(BJ_ZHAO, path(id, "investigators"), Map.of("name", "zhao.bj")).statusCode(200);
        post(BJ_ZHAO, path(id, "investigators"), Map.of("name", "qian.bj")).statusCode(200);
        post(BJ_ZHAO, path(id, "review"), Map.of("findings", "检测复核确认超范围收集通讯录。", "serious", serious,
                "on", filedOn.toString())).statusCode(200).body("stage", org.hamcrest.Matchers.equalTo("REVIEW"));
        return id;
    }

    public static Map<String, Object> penalties(String basis, LocalDate on, Object... items) {
        return Map.of("legalBasis", basis, "penalties", java.util.List.of(items), "reasons", "经通报后拒不改正。",
                "on", on.toString());
    }

    public static Map<String, Object> warning() {
        return Map.of("type", "WARNING");
    }

    public static Map<String, Object> fine(String amount) {
        return Map.of("type", "FINE", "amountCny", amount);
    }

    public static Map<String, Object> person(String amount) {
        return Map.of("type", "RESPONSIBLE_PERSON_FINE", "amountCny", amount, "note", "张三，总经理");
    }

    public static String path(String id, String step) {
        return "/api/penalty/cases/" + id + "/" + step;
    }
}
