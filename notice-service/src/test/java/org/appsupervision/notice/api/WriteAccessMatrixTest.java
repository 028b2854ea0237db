package org.appsupervision.notice.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.appsupervision.devstack.AccessMatrix;
import org.appsupervision.devstack.AccessMatrix.Caller;
import org.appsupervision.devstack.AccessMatrix.Expectation;
import org.appsupervision.devstack.AccessMatrix.Target;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.notice.recheck.RecheckFixtures;
import org.appsupervision.notice.sdk.SdkFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every write operation of notice-service's OpenAPI document against every caller, each on a fresh object of
 * province A (广东) with a valid body: only the role and the tenant can stop it, and a refused write changes nothing.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notice"))
class WriteAccessMatrixTest {

    static final String OPERATOR_A = "9144030071526726XG";
    static final Set<Caller> MINISTRY_OR_BUREAU_A = EnumSet.of(Caller.OFFICIAL, Caller.BUREAU_A);

    @Inject
    DataSource database;

    @Test
    void everyWriteOperationRefusesEveryoneOutsideItsRoleAndTenantAndChangesNothing() {
        List<String> operations = AccessMatrix.writeOperations(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<String> failures = AccessMatrix.run(operations, expectations(), this::send);
        assertEquals(List.of(), failures);
    }

    @Test
    void openingAnImportForItsFileIsScopedLikeSendingOne() {
        Map<String, Expectation> open = Map.of("POST /api/findings/imports", Expectation.of(MINISTRY_OR_BUREAU_A,
                caller -> {
                    String batch = batchOfProvinceA();
                    return new Target("/api/findings/imports", "application/json",
                            Map.of("batchId", batch, "format", "CSV"), jobsOf(batch));
                }));
        assertEquals(List.of(), AccessMatrix.run(List.of("POST /api/findings/imports"), open, this::send));
    }

    @Test
    void anSdkItemsRecheckTaskIsWorkedOnlyByTheAgencyHoldingIt() {
        RecheckFixtures.matrixAgencies();
        String p = AccessMatrix.AGENCY_P_CODE;
        Map<String, Expectation> sdkTasks = Map.of(
                "POST /api/agency/tasks/{id}/result", Expectation.of(EnumSet.of(Caller.AGENCY_P), caller -> {
                    String task = org.appsupervision.notice.recheck.SdkRecheckFixtures.taskOf(p);
                    return new Target("/api/agency/tasks/" + task + "/result", "application/json",
                            Map.of("outcome", "RECTIFIED", "testedVersion", "1.1", "findings", "复测通过"),
                            rows("SELECT status, outcome FROM recheck_task WHERE id = '" + task + "'"));
                }),
                "POST /api/agency/tasks/{id}/evidence", Expectation.of(EnumSet.of(Caller.AGENCY_P), caller -> {
                    String task = org.appsupervision.notice.recheck.SdkRecheckFixtures.taskOf(p);
                    return new Target("/api/agency/tasks/" + task + "/evidence?name=b.pdf", "application/pdf",
                            RecheckFixtures.PDF, rows("SELECT count(*) FROM evidence_file WHERE task_id = '" + task + "'"));
                }));
        assertEquals(List.of(), AccessMatrix.run(List.copyOf(sdkTasks.keySet()), sdkTasks, this::send));
    }

    Map<String, Expectation> expectations() {
        Map<String, Expectation> e = new HashMap<>();
        e.put("POST /api/admin/open-data/{service}/dumps", Expectation.onlyAdmin(caller -> new Target(
                "/api/admin/open-data/notice-service/dumps", "application/json", java.util.Map.of("date",
                        java.time.LocalDate.of(2001, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                                .nextInt(6000)).toString()),
                rows("SELECT count(*) FROM open_data_manifest"))));
        e.put("PUT /api/apps/{packageName}", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> {
            String pkg = registerAppOfProvinceA();
            return new Target("/api/apps/" + pkg, "application/json",
                    app(pkg, "改名的应用", "改名的运营者", OPERATOR_A), get("/api/apps/" + pkg));
        }));
        e.put("POST /api/batches", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> new Target("/api/batches",
                "application/json", bureauBatch(), rows("SELECT count(*) FROM detection_batch"))));
        e.put("POST /api/findings", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> {
            String batch = batchOfProvinceA();
            return new Target("/api/findings", "application/json",
                    Map.of("batchId", batch, "findings", List.of(finding("com.matrix.f" + suffix()))),
                    rows("SELECT count(*) FROM finding WHERE batch_id = '" + batch + "'"));
        }));
        e.put("POST /api/findings/imports", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> {
            String batch = batchOfProvinceA();
            return new Target("/api/findings/imports?batchId=" + batch, "text/csv", csv("com.matrix.csv" + suffix()),
                    jobsOf(batch));
        }));
        e.put("PUT /api/findings/imports/{jobId}/file", Expectation.of(EnumSet.of(Caller.BUREAU_A), caller -> {
            String job = given().auth().oauth2(Caller.BUREAU_A.token()).contentType(ContentType.JSON)
                    .body(Map.of("batchId", batchOfProvinceA(), "format", "CSV")).post("/api/findings/imports")
                    .then().statusCode(201).extract().path("id");
            return new Target("/api/findings/imports/" + job + "/file", "text/csv", csv("com.matrix.up" + suffix()),
                    get("/api/findings/imports/" + job));
        }));
        e.put("PUT /api/reference/holidays/{year}", Expectation.onlyAdmin(caller -> new Target(
                "/api/reference/holidays/2035", "application/json",
                Map.of("holidays", List.of("2035-10-0" + (1 + caller.ordinal() % 7)), "adjustedWorkingDays", List.of()),
                get("/api/reference/holidays/2035"))));
        e.put("PUT /api/stats/history", Expectation.onlyAdmin(caller -> new Target("/api/stats/history",
                "application/json", List.of(Map.of("asOf", "2019-12-3" + (caller.ordinal() % 2), "batches", 1,
                        "appsTested", 100 + caller.ordinal(), "appsNotified", 1, "appsTakenDown", 0)),
                rows("SELECT * FROM stats_history ORDER BY as_of"))));
        e.put("POST /api/notices/archive", Expectation.onlyAdmin(caller -> new Target("/api/notices/archive",
                "application/x-ndjson", ("{\"kind\":\"TAKEDOWN\",\"title\":\"矩阵存档" + suffix() + "\","
                        + "\"publishedOn\":\"2020-12-22\",\"annexes\":[{\"authority\":\"44\",\"items\":[{\"app\":"
                        + "\"矩阵存档应用\",\"operator\":{\"name\":\"深圳市某科技有限公司\",\"creditCode\":\"" + OPERATOR_A
                        + "\"},\"problems\":[\"collect-beyond-scope\"]}]}]}\n"),
                rows("SELECT count(*) FROM notice WHERE imported_by IS NOT NULL"))));
        e.put("POST /api/public/documents/verification", Expectation.of(EnumSet.allOf(Caller.class),
                caller -> new Target("/api/public/documents/verification", "application/pdf",
                        "%PDF-1.7\n%%EOF\n",
                        rows("SELECT count(*) FROM notice_document_pdf"))));
        complaintExpectations(e);
        Set<Caller> official = EnumSet.of(Caller.OFFICIAL);
        Set<Caller> approver = EnumSet.of(Caller.APPROVER);
        e.put("POST /api/notices", Expectation.of(official, caller -> new Target("/api/notices", "application/json",
                notice("RECTIFICATION", "com.matrix.n" + suffix()), rows("SELECT count(*) FROM notice"))));
        e.put("POST /api/notices/from-findings", Expectation.of(official, caller -> {
            String batch = batchOfProvinceA();
            given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                    .body(Map.of("batchId", batch, "findings", List.of(finding("com.matrix.ff" + suffix()))))
                    .post("/api/findings").then().statusCode(201);
            List<Object> ids = given().auth().oauth2(Caller.OFFICIAL.token()).queryParam("batchId", batch)
                    .get("/api/findings").then().statusCode(200).extract().path("id");
            return new Target("/api/notices/from-findings", "application/json",
                    Map.of("kind", "RECTIFICATION", "title", "关于侵害用户权益行为的APP通报", "findingIds", ids),
                    rows("SELECT count(*) FROM notice"));
        }));
        e.put("POST /api/notices/from-unrectified", Expectation.of(official, caller -> {
            String source = published(notice("RECTIFICATION", "com.matrix.u" + suffix()));
            return new Target("/api/notices/from-unrectified", "application/json", Map.of("sourceNoticeId", source,
                    "kind", "RECHECK", "title", "关于侵害用户权益行为APP“回头看”的通报"), rows("SELECT count(*) FROM notice"));
        }));
        e.put("PUT /api/notices/{id}", Expectation.of(official, caller -> {
            String id = drafted(notice("RECTIFICATION", "com.matrix.e" + suffix()));
            return new Target("/api/notices/" + id, "application/json",
                    notice("RECTIFICATION", "com.matrix.e2" + suffix()), get("/api/notices/" + id));
        }));
        e.put("POST /api/notices/{id}/approval", Expectation.of(approver, caller -> {
            String id = drafted(notice("RECTIFICATION", "com.matrix.a" + suffix()));
            return new Target("/api/notices/" + id + "/approval", null, null, get("/api/notices/" + id));
        }));
        e.put("POST /api/notices/{id}/publication", Expectation.of(approver, caller -> {
            String id = drafted(notice("RECTIFICATION", "com.matrix.p" + suffix()));
            given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + id + "/approval")
                    .then().statusCode(200);
            return new Target("/api/notices/" + id + "/publication", null, null, get("/api/notices/" + id));
        }));
        e.put("POST /api/notices/{id}/withdrawal", Expectation.of(EnumSet.of(Caller.OFFICIAL, Caller.APPROVER),
                caller -> {
                    String id = drafted(notice("RECTIFICATION", "com.matrix.w" + suffix()));
                    return new Target("/api/notices/" + id + "/withdrawal", "application/json",
                            Map.of("reason", "名单有误，重新起草"), get("/api/notices/" + id));
                }));
        e.put("PUT /api/notices/{id}/items/{itemId}/rectification", Expectation.of(official, caller -> {
            String id = published(notice("RECTIFICATION", "com.matrix.r" + suffix()));
            String item = given().auth().oauth2(Caller.OFFICIAL.token()).get("/api/notices/" + id)
                    .then().extract().path("items[0].itemId");
            return new Target("/api/notices/" + id + "/items/" + item + "/rectification", "application/json",
                    Map.of("reason", "官方认定", "status", "RECTIFIED", "fixedVersion", "9.9.9"), get("/api/notices/" + id));
        }));
        e.put("POST /api/notices/{id}/items/{itemId}/lifting", Expectation.of(EnumSet.of(Caller.OFFICIAL,
                Caller.APPROVER), caller -> {
            String id = published(notice("TAKEDOWN", "com.matrix.l" + suffix()));
            String item = given().auth().oauth2(Caller.OFFICIAL.token()).get("/api/notices/" + id)
                    .then().extract().path("items[0].itemId");
            return new Target("/api/notices/" + id + "/items/" + item + "/lifting", "application/json",
                    Map.of("reason", "已整改并通过复检"), get("/api/notices/" + id));
        }));
        recheckExpectations(e);
        dualListExpectations(e);
        sdkExpectations(e);
        return e;
    }

    /** The agency registry, the enterprise's reports, the officials' re-check controls and the agency's results. */
    void recheckExpectations(Map<String, Expectation> e) {
        Set<Caller> official = EnumSet.of(Caller.OFFICIAL);
        Set<Caller> officialOrAdmin = EnumSet.of(Caller.OFFICIAL, Caller.ADMIN);
        String a = AccessMatrix.OPERATOR_A_CODE;
        String p = AccessMatrix.AGENCY_P_CODE;
        RecheckFixtures.matrixAgencies();
        e.put("POST /api/agencies", Expectation.of(officialOrAdmin, caller -> {
            String code = RecheckFixtures.creditCode("11");
            return new Target("/api/agencies", "application/json", Map.of("name", "矩阵检测机构", "creditCode", code),
                    rows("SELECT count(*) FROM agency WHERE credit_code = '" + code + "'"));
        }));
        e.put("PUT /api/agencies/{creditCode}", Expectation.of(officialOrAdmin, caller -> {
            String code = RecheckFixtures.creditCode("11");
            RecheckFixtures.agencyRegistered(code, List.of("44"));
            return new Target("/api/agencies/" + code, "application/json",
                    Map.of("name", "改名的检测机构", "provinces", List.of(), "active", false), get("/api/agencies/" + code));
        }));
        e.put("POST /api/enterprise/rectification-reports", Expectation.of(EnumSet.of(Caller.OPERATOR_A), caller -> {
            String item = RecheckFixtures.itemOf(a);
            return new Target("/api/enterprise/rectification-reports", "application/json",
                    Map.of("itemId", item, "changes", "关闭首次启动读取通讯录", "fixedVersion", "2.0"),
                    rows("SELECT count(*) FROM rectification_report WHERE item_id = '" + item + "'"));
        }));
        e.put("POST /api/enterprise/rectification-reports/{id}/evidence", Expectation.of(EnumSet.of(Caller.OPERATOR_A),
                caller -> {
                    String report = RecheckFixtures.drafted(a, RecheckFixtures.itemOf(a));
                    return new Target("/api/enterprise/rectification-reports/" + report + "/evidence?name=a.pdf",
                            "application/pdf", RecheckFixtures.PDF,
                            rows("SELECT count(*) FROM evidence_file WHERE report_id = '" + report + "'"));
                }));
        e.put("POST /api/enterprise/rectification-reports/{id}/submission", Expectation.of(
                EnumSet.of(Caller.OPERATOR_A), caller -> {
                    String report = RecheckFixtures.withEvidence(a, RecheckFixtures.itemOf(a));
                    return new Target("/api/enterprise/rectification-reports/" + report + "/submission", null, null,
                            rows("SELECT r.status, (SELECT count(*) FROM recheck_task t WHERE t.report_id = r.id) "
                                    + "FROM rectification_report r WHERE r.id = '" + report + "'"));
                }));
        e.put("PUT /api/rechecks/assignment-rule", Expectation.of(official, caller -> new Target(
                "/api/rechecks/assignment-rule", "application/json", Map.of("rule", "ROUND_ROBIN"),
                rows("SELECT rule, set_by, set_at FROM recheck_assignment_rule"))));
        e.put("POST /api/rechecks/{id}/assignment", Expectation.of(official, caller -> {
            String task = RecheckFixtures.taskOf(a, p);
            return new Target("/api/rechecks/" + task + "/assignment", "application/json",
                    Map.of("agencyCode", AccessMatrix.AGENCY_Q_CODE, "reason", "回避"),
                    rows("SELECT agency_code, assigned_by FROM recheck_task WHERE id = '" + task + "'"));
        }));
        e.put("POST /api/rechecks", Expectation.of(official, caller -> {
            String item = org.appsupervision.notice.recheck.SdkRecheckFixtures.sdkItem("44");
            return new Target("/api/rechecks", "application/json", Map.of("itemId", item),
                    rows("SELECT count(*) FROM recheck_task WHERE item_id = '" + item + "'"));
        }));
        e.put("POST /api/agency/tasks/{id}/evidence", Expectation.of(EnumSet.of(Caller.AGENCY_P), caller -> {
            String task = RecheckFixtures.taskOf(a, p);
            return new Target("/api/agency/tasks/" + task + "/evidence?name=b.pdf", "application/pdf",
                    RecheckFixtures.PDF, rows("SELECT count(*) FROM evidence_file WHERE task_id = '" + task + "'"));
        }));
        e.put("POST /api/agency/tasks/{id}/result", Expectation.of(EnumSet.of(Caller.AGENCY_P), caller -> {
            String task = RecheckFixtures.taskOf(a, p);
            return new Target("/api/agency/tasks/" + task + "/result", "application/json",
                    Map.of("outcome", "RECTIFIED", "testedVersion", "2.0", "findings", "复测通过"),
                    rows("SELECT status, outcome FROM recheck_task WHERE id = '" + task + "'"));
        }));
    }

    /** The SDK registry (official, admin), detection's inventories (official, admin) and follow-ups (official). */
    void sdkExpectations(Map<String, Expectation> e) {
        Set<Caller> officialOrAdmin = EnumSet.of(Caller.OFFICIAL, Caller.ADMIN);
        e.put("POST /api/sdks", Expectation.of(officialOrAdmin, caller -> {
            String suffix = SdkFixtures.suffix();
            return new Target("/api/sdks", "application/json",
                    SdkFixtures.request("matrix-" + suffix, List.of("org.matrix" + suffix)),
                    rows("SELECT count(*) FROM sdk WHERE code = 'matrix-" + suffix + "'"));
        }));
        e.put("PUT /api/sdks/{code}", Expectation.of(officialOrAdmin, caller -> {
            String code = SdkFixtures.registered();
            Map<String, Object> body = new HashMap<>(SdkFixtures.request(code, List.of(SdkFixtures.prefixOf(code))));
            body.put("nameZh", "矩阵改名SDK");
            body.put("active", false);
            return new Target("/api/sdks/" + code, "application/json", body, get("/api/sdks/" + code));
        }));
        e.put("POST /api/sdks/{code}/versions", Expectation.of(officialOrAdmin, caller -> {
            String code = SdkFixtures.registered();
            return new Target("/api/sdks/" + code + "/versions", "application/json", Map.of("version", "9.9.9"),
                    get("/api/sdks/" + code));
        }));
        e.put("POST /api/sdks/{code}/follow-up-drafts", Expectation.of(EnumSet.of(Caller.OFFICIAL), caller -> {
            String code = SdkFixtures.registered();
            SdkFixtures.embeds(registerAppOfProvinceA(), code, "1.0.0");
            return new Target("/api/sdks/" + code + "/follow-up-drafts", "application/json",
                    Map.of("versions", List.of("1.0.0"), "problemCodes", List.of("collect-beyond-scope")),
                    rows("SELECT count(*) FROM notice"));
        }));
        e.put("PUT /api/apps/{packageName}/sdks", Expectation.of(officialOrAdmin, caller -> {
            String code = SdkFixtures.registered();
            String pkg = registerAppOfProvinceA();
            return new Target("/api/apps/" + pkg + "/sdks", "application/json",
                    Map.of("appVersion", "1.0", "sdks", List.of(Map.of("sdk", code, "version", "1.0.0"))),
                    get("/api/apps/" + pkg + "/sdks"));
        }));
    }

    /** The enterprise's dual lists: enterprise A on its own app; B's fixture is A's app, so B must be refused. */
    void dualListExpectations(Map<String, Expectation> e) {
        Set<Caller> enterpriseA = EnumSet.of(Caller.OPERATOR_A);
        e.put("PUT /api/enterprise/dual-lists/drafts", Expectation.of(enterpriseA, caller -> {
            String pkg = appOfEnterpriseA();
            return new Target("/api/enterprise/dual-lists/drafts", "application/json", dualList(pkg),
                    rows("SELECT id, status FROM dual_list WHERE package_name = '" + pkg + "'"));
        }));
        e.put("POST /api/enterprise/dual-lists/{listId}/publication", Expectation.of(enterpriseA, caller -> {
            String pkg = appOfEnterpriseA();
            String id = given().auth().oauth2(Caller.OPERATOR_A.token()).contentType(ContentType.JSON)
                    .body(dualList(pkg)).put("/api/enterprise/dual-lists/drafts").then().statusCode(201)
                    .extract().path("id");
            return new Target("/api/enterprise/dual-lists/" + id + "/publication", null, null,
                    rows("SELECT status, published_at FROM dual_list WHERE id = '" + id + "'"));
        }));
    }

    static String appOfEnterpriseA() {
        String pkg = "com.matrix.dl" + suffix();
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(app(pkg, "甲应用", "深圳甲科技有限公司", AccessMatrix.OPERATOR_A_CODE)).put("/api/apps/" + pkg)
                .then().statusCode(200);
        return pkg;
    }

    static Map<String, Object> dualList(String pkg) {
        return Map.of("packageName", pkg, "appVersion", "1.0",
                "collected", List.of(Map.of("kind", "location", "purpose", "推荐同城活动", "scenario", "打开同城页面时")),
                "shared", List.of(Map.of("recipient", "腾讯广告", "kind", "device-id", "purpose", "广告投放",
                        "scenario", "展示广告时", "method", "SDK")));
    }

    /**
     * Complaints: anyone files one (no login); triage by officials, admins and the bureau of the app's operator's
     * province; findings from complaints by officials and that bureau only. Each on a fresh complaint about an app
     * of province A, filed from an address of its own.
     */
    void complaintExpectations(Map<String, Expectation> e) {
        org.appsupervision.notice.complaint.ComplaintFixtures.store(database);
        Set<Caller> triage = EnumSet.of(Caller.OFFICIAL, Caller.ADMIN, Caller.BUREAU_A);
        e.put("POST /api/public/complaints", Expectation.of(EnumSet.allOf(Caller.class), caller -> new Target(
                "/api/public/complaints", "application/json",
                org.appsupervision.notice.complaint.ComplaintFixtures.complaint("com.matrix.c" + suffix()),
                rows("SELECT count(*) FROM complaint"))));
        e.put("POST /api/complaints/{id}/review", Expectation.of(triage, caller -> {
            String id = complaintOfProvinceA();
            return new Target("/api/complaints/" + id + "/review", null, null, get("/api/complaints/" + id));
        }));
        e.put("POST /api/complaints/{id}/merge", Expectation.of(triage, caller -> {
            String into = complaintOfProvinceA();
            String id = complaintOfProvinceA();
            return new Target("/api/complaints/" + id + "/merge", "application/json", Map.of("intoId", into),
                    get("/api/complaints/" + id));
        }));
        e.put("POST /api/complaints/{id}/rejection", Expectation.of(triage, caller -> {
            String id = complaintOfProvinceA();
            return new Target("/api/complaints/" + id + "/rejection", "application/json",
                    Map.of("reason", "不属于侵害用户权益"), get("/api/complaints/" + id));
        }));
        e.put("POST /api/complaints/{id}/finding", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> {
            String id = complaintOfProvinceA();
            return new Target("/api/complaints/" + id + "/finding", "application/json", Map.of("version", "1.0"),
                    get("/api/complaints/" + id));
        }));
        e.put("POST /api/complaints/{id}/evidence", Expectation.of(MINISTRY_OR_BUREAU_A, caller -> {
            String batch = batchOfProvinceA();
            String pkg = registerAppOfProvinceA();
            Map<String, Object> finding = new HashMap<>(finding(pkg));
            finding.put("appName", "广东应用");
            Object findingId = given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                    .body(Map.of("batchId", batch, "findings", List.of(finding))).post("/api/findings").then()
                    .statusCode(201).extract().path("findingIds[0]");
            String id = complaintOfProvinceA(pkg);
            return new Target("/api/complaints/" + id + "/evidence", "application/json", Map.of("findingId", findingId),
                    get("/api/complaints/" + id));
        }));
    }

    String complaintOfProvinceA() {
        return complaintOfProvinceA(registerAppOfProvinceA());
    }

    String complaintOfProvinceA(String pkg) {
        return org.appsupervision.notice.complaint.ComplaintFixtures.filed(
                org.appsupervision.notice.complaint.ComplaintFixtures.complaint(pkg), database)[1];
    }

    AccessMatrix.Answer send(Caller caller, String method, Target target) {
        RequestSpecification request = given();
        if (caller.token() != null) {
            request = request.auth().oauth2(caller.token());
        }
        if (target.contentType() != null) {
            if (target.body() instanceof String) {
                // Text files (CSV, JSON Lines) go as text, whatever media type RestAssured knows.
                request = request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(target.contentType(), ContentType.TEXT)));
            }
            request = target.body() instanceof byte[] bytes ? request.contentType(target.contentType()).body(bytes)
                    : request.contentType(target.contentType()).body(target.body());
        }
        io.restassured.response.Response response = request.request(method, target.path());
        return new AccessMatrix.Answer(response.statusCode(), response.asString());
    }

    static Supplier<Object> get(String path) {
        return () -> {
            io.restassured.response.Response response = given().auth().oauth2(Caller.AUDITOR.token()).get(path);
            return response.statusCode() + " " + response.asString();
        };
    }

    Supplier<Object> jobsOf(String batch) {
        return rows("SELECT count(*) FROM finding_import_job WHERE batch_id = '" + batch + "'");
    }

    Supplier<Object> rows(String sql) {
        return AccessMatrix.rows(database, sql);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Map<String, Object> app(String pkg, String name, String operatorName, String creditCode) {
        return Map.of("name", name, "packageName", pkg, "operator", Map.of("name", operatorName, "creditCode", creditCode));
    }

    static String registerAppOfProvinceA() {
        String pkg = "com.matrix.app" + suffix();
        given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON)
                .body(app(pkg, "广东应用", "深圳市某科技有限公司", OPERATOR_A)).put("/api/apps/" + pkg)
                .then().statusCode(200);
        return pkg;
    }

    static Map<String, Object> bureauBatch() {
        return Map.of("title", "广东省检测", "runBy", "BUREAU", "provinceCode", AccessMatrix.PROVINCE_A,
                "runFrom", "2021-10-01", "runTo", "2021-10-20", "appsTested", 10);
    }

    static String batchOfProvinceA() {
        return given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON).body(bureauBatch())
                .post("/api/batches").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> finding(String pkg) {
        return Map.of("packageName", pkg, "appName", "矩阵应用", "version", "1.0", "sourceStore", "huawei",
                "problems", List.of("collect-beyond-scope"), "detectedAt", "2021-10-15T09:30:00+08:00",
                "operatorName", "深圳市某科技有限公司", "operatorCreditCode", OPERATOR_A);
    }

    static String csv(String pkg) {
        return "packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,operatorName,"
                + "operatorCreditCode,filingNumber\n" + pkg + ",矩阵应用,1.0,huawei,collect-beyond-scope,证据,,"
                + "2021-10-15T09:30:00+08:00,深圳市某科技有限公司," + OPERATOR_A + ",\n";
    }

    static Map<String, Object> notice(String kind, String pkg) {
        return Map.of("kind", kind, "title", "关于侵害用户权益行为的APP通报", "apps", List.of(Map.of(
                "name", "矩阵应用", "packageName", pkg, "version", "1.0",
                "operator", Map.of("name", "深圳市某科技有限公司", "creditCode", OPERATOR_A),
                "problems", List.of("collect-beyond-scope"), "stores", List.of("huawei"),
                "refusedRectification", true)));
    }

    static String drafted(Map<String, Object> notice) {
        return given().auth().oauth2(Caller.OFFICIAL.token()).contentType(ContentType.JSON).body(notice)
                .post("/api/notices").then().statusCode(201).extract().path("id");
    }

    static String published(Map<String, Object> notice) {
        String id = drafted(notice);
        given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + id + "/approval").then().statusCode(200);
        given().auth().oauth2(Caller.APPROVER.token()).post("/api/notices/" + id + "/publication")
                .then().statusCode(200);
        return id;
    }
}
