package org.appsupervision.notice.api;

import java.util.List;
import java.util.Map;
import org.appsupervision.notice.evidence.EvidenceProblem;
import org.appsupervision.notice.rectification.RectificationProblem;
import org.appsupervision.platform.openapi.ApiAnswer;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;

/** Request and answer examples and extra problems of the agency, rectification-report and re-check operations. */
final class RecheckApiExamples {

    static final String JSON = ApiExamples.JSON;
    static final String REPORT_ID = "2b4c6d8e-0f1a-4b3c-8d5e-6f7a8b9c0d1e";
    static final String TASK_ID = "8e7d6c5b-4a39-4281-9f0e-d1c2b3a4f5e6";

    static final String AGENCY = """
            {"creditCode":"91110108MA0CHKP01U","name":"中国信息通信研究院（演示）","provinces":[],"active":true,
             "createdBy":"admin","createdAt":"2021-11-01T02:00:00Z","updatedBy":null,"updatedAt":null}""";

    static final String EVIDENCE = """
            {"id":"4f3e2d1c-0b9a-4877-8665-544332211000","fileName":"整改说明.pdf","mediaType":"application/pdf",
             "sizeBytes":184213,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "uploadedAt":"2021-11-05T03:00:00Z"}""";

    static final String REPORT = "{\"id\":\"" + REPORT_ID + "\",\"status\":\"SUBMITTED\",\"item\":{\"itemId\":\""
            + ApiExamples.ITEM_ID + "\",\"noticeId\":\"" + ApiExamples.NOTICE_ID + "\",\"packageName\":\"com.douban.frodo\","
            + "\"appName\":\"豆瓣\",\"deadline\":\"2021-11-09\",\"rectificationStatus\":\"PENDING\"},"
            + "\"changes\":\"首次启动不再读取通讯录；隐私政策补充第三方共享清单\",\"fixedVersion\":\"7.19.0\","
            + "\"evidence\":[" + EVIDENCE + "],\"createdAt\":\"2021-11-05T02:50:00Z\",\"submittedAt\":\"2021-11-05T03:01:00Z\","
            + "\"reportHash\":\"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\","
            + "\"recheck\":{\"taskId\":\"" + TASK_ID + "\",\"agencyCode\":\"91110108MA0CHKP01U\","
            + "\"agencyName\":\"中国信息通信研究院（演示）\",\"status\":\"OPEN\",\"outcome\":null,\"testedVersion\":null,"
            + "\"findings\":null,\"completedAt\":null}}";

    static final String TASK = "{\"id\":\"" + TASK_ID + "\",\"status\":\"COMPLETED\",\"agencyCode\":\"91110108MA0CHKP01U\","
            + "\"agencyName\":\"中国信息通信研究院（演示）\",\"assignedBy\":\"rule:ROUND_ROBIN\","
            + "\"assignmentReason\":\"round-robin over the active agencies\",\"assignedAt\":\"2021-11-05T03:01:00Z\","
            + "\"createdAt\":\"2021-11-05T03:01:00Z\",\"item\":{\"itemId\":\"" + ApiExamples.ITEM_ID + "\",\"noticeId\":\""
            + ApiExamples.NOTICE_ID + "\",\"chainId\":\"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\","
            + "\"packageName\":\"com.douban.frodo\",\"appName\":\"豆瓣\",\"operatorCreditCode\":\"91110108551385082Q\","
            + "\"operatorProvinceCode\":\"11\",\"deadline\":\"2021-11-09\",\"subject\":\"APP\",\"sdk\":null},"
            + "\"report\":{\"id\":\"" + REPORT_ID + "\","
            + "\"changes\":\"首次启动不再读取通讯录\",\"fixedVersion\":\"7.19.0\",\"submittedAt\":\"2021-11-05T03:01:00Z\","
            + "\"reportHash\":\"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\",\"evidence\":["
            + EVIDENCE + "]},\"result\":{\"outcome\":\"RECTIFIED\",\"testedVersion\":\"7.19.0\","
            + "\"findings\":\"复测未发现超范围收集\",\"resultHash\":\"b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c\","
            + "\"completedAt\":\"2021-11-07T06:00:00Z\",\"evidence\":[]},\"openedBy\":null}";

    static final String SDK_TASK = "{\"id\":\"" + TASK_ID + "\",\"status\":\"OPEN\",\"agencyCode\":\"91110108MA0CHKP01U\","
            + "\"agencyName\":\"中国信息通信研究院（演示）\",\"assignedBy\":\"rule:BY_PROVINCE\","
            + "\"assignmentReason\":\"by province: serves province 11\",\"assignedAt\":\"2021-11-05T03:01:00Z\","
            + "\"createdAt\":\"2021-11-05T03:01:00Z\",\"item\":{\"itemId\":\"" + ApiExamples.ITEM_ID + "\",\"noticeId\":\""
            + ApiExamples.NOTICE_ID + "\",\"chainId\":\"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"packageName\":null,"
            + "\"appName\":null,\"operatorCreditCode\":\"91110000802100433B\",\"operatorProvinceCode\":\"11\","
            + "\"deadline\":\"2021-11-09\",\"subject\":\"SDK\",\"sdk\":{\"code\":\"umeng-analytics\","
            + "\"nameZh\":\"友盟+统计 SDK\",\"nameEn\":\"Umeng+ analytics SDK\",\"providerName\":\"友盟同欣（北京）科技有限公司\","
            + "\"versions\":[\"9.6.3\"]}},\"report\":null,\"result\":{\"outcome\":null,\"testedVersion\":null,"
            + "\"findings\":null,\"resultHash\":null,\"completedAt\":null,\"evidence\":[]},\"openedBy\":\"wang.official\"}";

    static final String RULE = """
            {"rule":"BY_PROVINCE","lastAgencyCode":"91110108MA0CHKP01U","setBy":"wang.official","setAt":"2021-11-01T02:00:00Z"}""";

    private static final String FILE = "(the bytes of the file, at most 10 MiB: a PDF, PNG, JPEG or ZIP by its content)";
    private static final Map<String, String> FILES = Map.of("application/pdf", FILE, "image/png", FILE, "image/jpeg",
            FILE, "application/zip", FILE, "application/octet-stream", FILE);

    static final Map<String, Map<String, String>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/agencies", Map.of(JSON, """
                    {"name":"中国信息通信研究院（演示）","creditCode":"91110108MA0CHKP01U","provinces":[],"active":true}""")),
            Map.entry("PUT /api/agencies/{creditCode}", Map.of(JSON, """
                    {"name":"中国信息通信研究院（演示）","provinces":["11","44"],"active":true}""")),
            Map.entry("POST /api/enterprise/rectification-reports", Map.of(JSON, "{\"itemId\":\"" + ApiExamples.ITEM_ID
                    + "\",\"changes\":\"首次启动不再读取通讯录；隐私政策补充第三方共享清单\",\"fixedVersion\":\"7.19.0\"}")),
            Map.entry("POST /api/enterprise/rectification-reports/{id}/evidence", FILES),
            Map.entry("POST /api/agency/tasks/{id}/evidence", FILES),
            Map.entry("POST /api/agency/tasks/{id}/result", Map.of(JSON, """
                    {"outcome":"RECTIFIED","testedVersion":"7.19.0","findings":"复测未发现超范围收集"}""")),
            Map.entry("PUT /api/rechecks/assignment-rule", Map.of(JSON, "{\"rule\":\"BY_PROVINCE\"}")),
            Map.entry("POST /api/rechecks", Map.of(JSON, "{\"itemId\":\"" + ApiExamples.ITEM_ID + "\"}")),
            Map.entry("POST /api/rechecks/{id}/assignment", Map.of(JSON, """
                    {"agencyCode":"91310115MA1CHKQ02C","reason":"原检测机构回避（曾为该企业提供咨询）"}""")));

    static final Map<String, ApiAnswer> ANSWERS = Map.ofEntries(
            Map.entry("POST /api/agencies", new ApiAnswer(201, JSON, AGENCY)),
            Map.entry("PUT /api/agencies/{creditCode}", new ApiAnswer(200, JSON, AGENCY)),
            Map.entry("GET /api/agencies", new ApiAnswer(200, JSON, "[" + AGENCY + "]")),
            Map.entry("GET /api/agencies/{creditCode}", new ApiAnswer(200, JSON, AGENCY)),
            Map.entry("POST /api/enterprise/rectification-reports", new ApiAnswer(201, JSON, REPORT)),
            Map.entry("POST /api/enterprise/rectification-reports/{id}/evidence", new ApiAnswer(201, JSON, EVIDENCE)),
            Map.entry("POST /api/enterprise/rectification-reports/{id}/submission", new ApiAnswer(200, JSON, REPORT)),
            Map.entry("GET /api/enterprise/rectification-reports", new ApiAnswer(200, JSON, "[" + REPORT + "]")),
            Map.entry("GET /api/enterprise/rectification-reports/{id}", new ApiAnswer(200, JSON, REPORT)),
            Map.entry("GET /api/enterprise/rectification-reports/{id}/evidence/{evidenceId}",
                    new ApiAnswer(200, "application/pdf", "(the file's bytes)")),
            Map.entry("GET /api/agency/tasks", new ApiAnswer(200, JSON, "[" + TASK + "]")),
            Map.entry("GET /api/agency/tasks/{id}", new ApiAnswer(200, JSON, TASK)),
            Map.entry("GET /api/agency/tasks/{id}/evidence/{evidenceId}",
                    new ApiAnswer(200, "application/pdf", "(the file's bytes)")),
            Map.entry("POST /api/agency/tasks/{id}/evidence", new ApiAnswer(201, JSON, EVIDENCE)),
            Map.entry("POST /api/agency/tasks/{id}/result", new ApiAnswer(200, JSON, TASK)),
            Map.entry("GET /api/rechecks", new ApiAnswer(200, JSON, "[" + TASK + "]")),
            Map.entry("GET /api/rechecks/{id}", new ApiAnswer(200, JSON, TASK)),
            Map.entry("POST /api/rechecks", new ApiAnswer(201, JSON, SDK_TASK)),
            Map.entry("GET /api/rechecks/{id}/evidence/{evidenceId}",
                    new ApiAnswer(200, "application/pdf", "(the file's bytes)")),
            Map.entry("GET /api/rechecks/assignment-rule", new ApiAnswer(200, JSON, RULE)),
            Map.entry("PUT /api/rechecks/assignment-rule", new ApiAnswer(200, JSON, RULE)),
            Map.entry("POST /api/rechecks/{id}/assignment", new ApiAnswer(200, JSON, TASK)));

    private static final List<ProblemType> UPLOAD = List.of(ProblemTypes.CONFLICT, ProblemTypes.CONTENT_TOO_LARGE,
            EvidenceProblem.REFUSED_TYPE, RectificationProblem.DEADLINE_PASSED);

    static final Map<String, List<ProblemType>> PROBLEMS = Map.ofEntries(
            Map.entry("POST /api/agencies", List.of(ProblemTypes.CONFLICT)),
            Map.entry("POST /api/enterprise/rectification-reports", List.of(ProblemTypes.CONFLICT,
                    RectificationProblem.DEADLINE_PASSED)),
            Map.entry("POST /api/enterprise/rectification-reports/{id}/evidence", UPLOAD),
            Map.entry("POST /api/enterprise/rectification-reports/{id}/submission", List.of(ProblemTypes.CONFLICT,
                    RectificationProblem.DEADLINE_PASSED)),
            Map.entry("POST /api/agency/tasks/{id}/evidence", List.of(ProblemTypes.CONFLICT,
                    ProblemTypes.CONTENT_TOO_LARGE, EvidenceProblem.REFUSED_TYPE)),
            Map.entry("POST /api/agency/tasks/{id}/result", List.of(ProblemTypes.CONFLICT)),
            Map.entry("POST /api/rechecks/{id}/assignment", List.of(ProblemTypes.CONFLICT)),
            Map.entry("POST /api/rechecks", List.of(ProblemTypes.CONFLICT,
                    org.appsupervision.notice.recheck.RecheckProblem.DEADLINE_PASSED)));

    private RecheckApiExamples() {
    }
}
