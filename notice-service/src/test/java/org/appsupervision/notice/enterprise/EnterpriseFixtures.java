package org.appsupervision.notice.enterprise;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;

/** Apps, findings and notices of the two enterprises of the access matrix (A: 广东, B: 浙江), made through the API. */
public final class EnterpriseFixtures {

    public static final String A = AccessMatrix.OPERATOR_A_CODE;
    public static final String B = AccessMatrix.OPERATOR_B_CODE;

    private EnterpriseFixtures() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Registers a new app of the enterprise with that credit code; answers its package name. */
    public static String app(String creditCode) {
        String pkg = "com.enterprise.app" + suffix();
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(Map.of("name", "企业应用" + pkg.substring(pkg.length() - 4), "packageName", pkg,
                        "operator", Map.of("name", operatorName(creditCode), "creditCode", creditCode)))
                .put("/api/apps/" + pkg).then().statusCode(200);
        return pkg;
    }

    public static String ministryBatch() {
        return given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "部检测", "runBy", "MINISTRY", "runFrom", "2021-10-01", "runTo", "2021-10-20",
                        "appsTested", 10))
                .post("/api/batches").then().statusCode(201).extract().path("id");
    }

    /** One finding against the app in the batch; answers its id. */
    public static long finding(String batch, String pkg, String creditCode) {
        Map<String, Object> line = Map.of("packageName", pkg, "appName", "企业应用", "version", "2.0",
                "sourceStore", "huawei", "problems", List.of("collect-beyond-scope"), "evidence", "首次启动读取通讯录",
                "detectedAt", "2021-10-15T09:30:00+08:00", "operatorName", operatorName(creditCode),
                "operatorCreditCode", creditCode);
        Number id = given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(Map.of("batchId", batch, "findings", List.of(line))).post("/api/findings").then().statusCode(201)
                .extract().path("findingIds[0]");
        return id.longValue();
    }

    /** A notice of that kind naming the apps (package name and its operator's credit code, in pairs). */
    public static Map<String, Object> notice(String kind, String... pkgAndCode) {
        List<Map<String, Object>> apps = new java.util.ArrayList<>();
        for (int i = 0; i < pkgAndCode.length; i += 2) {
            apps.add(Map.of("name", "企业应用", "packageName", pkgAndCode[i], "version", "2.0",
                    "operator", Map.of("name", operatorName(pkgAndCode[i + 1]), "creditCode", pkgAndCode[i + 1]),
                    "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"),
                    "refusedRectification", false));
        }
        return Map.of("kind", kind, "title", "关于侵害用户权益行为的APP通报", "apps", apps);
    }

    public static String drafted(Map<String, Object> notice) {
        return given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON).body(notice)
                .post("/api/notices").then().statusCode(201).extract().path("id");
    }

    public static String published(Map<String, Object> notice) {
        String id = drafted(notice);
        given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + id + "/approval").then().statusCode(200);
        given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + id + "/publication")
                .then().statusCode(200);
        return id;
    }

    private static String operatorName(String creditCode) {
        return A.equals(creditCode) ? "深圳市甲科技有限公司" : B.equals(creditCode) ? "杭州市乙网络有限公司" : "某公司";
    }
}
