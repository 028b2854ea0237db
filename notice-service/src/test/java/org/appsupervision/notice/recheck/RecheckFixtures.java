package org.appsupervision.notice.recheck;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.TestTokens;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;

/** Published notices naming an enterprise's app, agencies, reports and re-check tasks, made through the API for tests. */
public final class RecheckFixtures {

    public static final String OFFICIAL = TestTokens.user("wang.official", "official");
    public static final String APPROVER = TestTokens.user("li.approver", "approver");
    public static final String AUDITOR = TestTokens.user("sun.auditor", "auditor");
    /** The smallest content recognised as a PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Random RANDOM = new Random();

    private RecheckFixtures() {
    }

    /** A fresh valid credit code of an enterprise registered in the province. */
    public static String creditCode(String province) {
        StringBuilder code = new StringBuilder("91").append(province).append("0100");
        for (int i = 0; i < 9; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    public static String operator(String creditCode) {
        return TestTokens.operator("op." + creditCode.toLowerCase(), creditCode);
    }

    public static String agency(String agencyCode) {
        return TestTokens.agency("staff." + agencyCode.toLowerCase(), agencyCode);
    }

    /** Registers the agency unless it is registered, and makes it active with the provinces given. */
    public static void agencyRegistered(String code, List<String> provinces) {
        int status = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("name", "检测机构" + code, "creditCode", code, "provinces", provinces))
                .post("/api/agencies").then().extract().statusCode();
        if (status == 409) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(Map.of("name", "检测机构" + code, "provinces", provinces, "active", true))
                    .put("/api/agencies/" + code).then().statusCode(200);
        } else if (status != 201) {
            throw new IllegalStateException("registering agency " + code + " answered " + status);
        }
    }

    /** Agencies P and Q of the access matrix, active and serving every province. */
    public static void matrixAgencies() {
        agencyRegistered(AccessMatrix.AGENCY_P_CODE, List.of());
        agencyRegistered(AccessMatrix.AGENCY_Q_CODE, List.of());
    }

    /** A published rectification notice (deadline ten days on) naming one app of the enterprise; its first item. */
    public static JsonPath published(String creditCode, String pkg) {
        String id = given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "rectificationDays", 10,
                        "apps", List.of(Map.of("name", "复检应用", "packageName", pkg, "version", "1.0",
                                "operator", Map.of("name", "复检测试科技有限公司", "creditCode", creditCode),
                                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"),
                                "refusedRectification", false))))
                .post("/api/notices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/approval").then().statusCode(200);
        return given().auth().oauth2(APPROVER).post("/api/notices/" + id + "/publication").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The item id of a fresh published notice naming a fresh app of the enterprise. */
    public static String itemOf(String creditCode) {
        return published(creditCode, "com.recheck.app" + suffix()).getString("items[0].itemId");
    }

    /** A draft report of the enterprise for the item. */
    public static String drafted(String creditCode, String itemId) {
        return given().auth().oauth2(operator(creditCode)).contentType(ContentType.JSON)
                .body(Map.of("itemId", itemId, "changes", "关闭首次启动读取通讯录", "fixedVersion", "2.0"))
                .post("/api/enterprise/rectification-reports").then().statusCode(201).extract().path("id");
    }

    /** A draft report with one PDF evidence file. */
    public static String withEvidence(String creditCode, String itemId) {
        String report = drafted(creditCode, itemId);
        given().auth().oauth2(operator(creditCode)).contentType("application/pdf").queryParam("name", "整改说明.pdf")
                .body(PDF).post("/api/enterprise/rectification-reports/" + report + "/evidence").then().statusCode(201);
        return report;
    }

    /** Submits a report with evidence for the item and answers the submitted report. */
    public static JsonPath submitted(String creditCode, String itemId) {
        String report = withEvidence(creditCode, itemId);
        return given().auth().oauth2(operator(creditCode))
                .post("/api/enterprise/rectification-reports/" + report + "/submission").then().statusCode(200)
                .extract().jsonPath();
    }

    /** An open task for a fresh item of the enterprise, assigned (or reassigned by an official) to the agency. */
    public static String taskOf(String creditCode, String agencyCode) {
        JsonPath report = submitted(creditCode, itemOf(creditCode));
        String task = report.getString("recheck.taskId");
        if (!agencyCode.equals(report.getString("recheck.agencyCode"))) {
            given().auth().oauth2(OFFICIAL).contentType(ContentType.JSON)
                    .body(Map.of("agencyCode", agencyCode, "reason", "测试改派"))
                    .post("/api/rechecks/" + task + "/assignment").then().statusCode(200);
        }
        return task;
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
