package org.appsupervision.penalty.api;

import static org.appsupervision.penalty.api.PenaltyApiExamples.CASE;
import static org.appsupervision.penalty.api.PenaltyApiExamples.CASE_ID;
import static org.appsupervision.penalty.api.PenaltyApiExamples.DEADLINE;
import static org.appsupervision.penalty.api.PenaltyApiExamples.DOCUMENT;
import static org.appsupervision.penalty.api.PenaltyApiExamples.ENTERPRISE_CASE;
import static org.appsupervision.penalty.api.PenaltyApiExamples.ISSUED;
import static org.appsupervision.penalty.api.PenaltyApiExamples.JSON;
import static org.appsupervision.penalty.api.PenaltyApiExamples.OPEN_DATA_MANIFEST;
import static org.appsupervision.penalty.api.PenaltyApiExamples.PAYMENT_STATUS;
import static org.appsupervision.penalty.api.PenaltyApiExamples.PROPOSAL;

import java.util.Map;
import org.appsupervision.platform.openapi.ApiAnswer;

/** The answers of successful calls, keyed by method and path, for the OpenAPI document. */
final class PenaltyApiAnswers {

    private static final ApiAnswer CASE_OK = new ApiAnswer(200, JSON, CASE);

    static final Map<String, ApiAnswer> ANSWERS = Map.ofEntries(
            Map.entry("POST /api/penalty/cases", new ApiAnswer(201, JSON, CASE)),
            Map.entry("GET /api/penalty/cases", new ApiAnswer(200, JSON, "[" + CASE + "]")),
            Map.entry("GET /api/penalty/cases/{id}", CASE_OK),
            Map.entry("GET /api/penalty/cases/{id}/history", new ApiAnswer(200, JSON, """
                    [{"action":"FILE","fromStage":null,"toStage":"FILED","actor":"li.bj","at":"2026-03-02T02:00:00Z",
                      "note":"proposal 8f7e6d5c-4b3a-4928-8716-05f4e3d2c1b0"},
                     {"action":"START_INVESTIGATION","fromStage":"FILED","toStage":"INVESTIGATION","actor":"li.bj",
                      "at":"2026-03-03T02:00:00Z","note":null}]""")),
            Map.entry("POST /api/penalty/cases/{id}/investigation", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/investigators", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/review", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/legal-review", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/prior-notice", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/defence", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/hearing-request", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/hearing", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/hearing-record", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/decision-extension", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/decision", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/decision/approval", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/service", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/publication", CASE_OK),
            Map.entry("POST /api/penalty/cases/{id}/closing", CASE_OK),
            Map.entry("GET /api/penalty/cases/{id}/payments", new ApiAnswer(200, JSON, PAYMENT_STATUS)),
            Map.entry("POST /api/penalty/cases/{id}/payments", new ApiAnswer(200, JSON, PAYMENT_STATUS)),
            Map.entry("GET /api/penalty/cases/{caseId}/documents", new ApiAnswer(200, JSON, "[" + DOCUMENT + "]")),
            Map.entry("GET /api/penalty/cases/{caseId}/documents/{id}", new ApiAnswer(200, JSON, DOCUMENT)),
            Map.entry("GET /api/penalty/cases/{caseId}/documents/{id}/text", new ApiAnswer(200,
                    "text/plain;charset=UTF-8", "行政处罚事先告知书\n京通罚告〔2026〕7号\n北京豆网科技有限公司：...")),
            Map.entry("GET /api/penalty/cases/{caseId}/documents/{id}/pdf", new ApiAnswer(200, "application/pdf",
                    "(the signed PDF/A's bytes)")),
            Map.entry("GET /api/penalty/proposals", new ApiAnswer(200, JSON, "[" + PROPOSAL + "]")),
            Map.entry("GET /api/penalty/proposals/{id}", new ApiAnswer(200, JSON, PROPOSAL)),
            Map.entry("POST /api/penalty/proposals/{id}/filing", new ApiAnswer(200, JSON, PROPOSAL)),
            Map.entry("POST /api/penalty/proposals/{id}/dismissal", new ApiAnswer(200, JSON, PROPOSAL
                    .replace("\"status\":\"FILED\"", "\"status\":\"DISMISSED\"")
                    .replace("\"dismissalReason\":null,\"caseId\":\"" + CASE_ID + "\"",
                            "\"dismissalReason\":\"企业已于期限届满前整改，复测通过\",\"caseId\":null"))),
            Map.entry("GET /api/penalty/deadlines", new ApiAnswer(200, JSON, "[{\"caseNumber\":\"京通案〔2026〕7号\","
                    + "\"bureauProvinceCode\":\"11\",\"subjectName\":\"北京豆网科技有限公司\",\"stage\":\"INVESTIGATION\","
                    + "\"deadline\":" + DEADLINE + "}]")),
            Map.entry("GET /api/penalty/enterprise/cases", new ApiAnswer(200, JSON, "[{\"id\":\"" + CASE_ID
                    + "\",\"caseNumber\":\"京通案〔2026〕7号\",\"bureauName\":\"北京市通信管理局\",\"stage\":\"PRIOR_NOTICE\","
                    + "\"filedOn\":\"2026-03-02\",\"decisionNumber\":null,\"totalFine\":null,\"closedOn\":null,"
                    + "\"nextDeadline\":{\"kind\":\"HEARING_REQUEST\",\"dueDate\":\"2026-04-08\",\"status\":\"OPEN\","
                    + "\"metOn\":null,\"legalRule\":\"《中华人民共和国行政处罚法》第六十四条\"}}]")),
            Map.entry("GET /api/penalty/enterprise/cases/{id}", new ApiAnswer(200, JSON, ENTERPRISE_CASE)),
            Map.entry("GET /api/penalty/enterprise/cases/{id}/documents/{documentId}/pdf", new ApiAnswer(200,
                    "application/pdf", "(the signed PDF/A's bytes)")),
            Map.entry("GET /api/penalty/legal-bases", new ApiAnswer(200, JSON, """
                    [{"code":"PIPL-66","citation":"《中华人民共和国个人信息保护法》第六十六条",
                      "lawEn":"Personal Information Protection Law, Article 66","effectiveFrom":"2021-11-01","effectiveTo":null,
                      "verified":true,"ordinaryPenalties":["WARNING","CONFISCATION","SUSPENSION","FINE","RESPONSIBLE_PERSON_FINE"],
                      "seriousPenalties":["BUSINESS_OVERHAUL","REVOCATION_REFERRAL"],"ordinaryFineCap":1000000,
                      "seriousFineCap":50000000,"seriousTurnoverPercent":5,"gainsMultipleMin":null,"gainsMultipleMax":null,
                      "personMinOrdinary":10000,"personMaxOrdinary":100000,"personMinSerious":100000,
                      "personMaxSerious":1000000,"note":null}]""")),
            Map.entry("GET /api/penalty/statistics", new ApiAnswer(200, JSON, """
                    [{"bureauProvinceCode":"11","bureauName":"北京市通信管理局","cases":12,
                      "casesByStage":{"INVESTIGATION":3,"DECIDED":2,"CLOSED":7},"decisions":9,"finesImposedCny":2400000,
                      "finesPaidCny":1900000,"averageDaysToDecision":61.5,"longestDaysToDecision":88}]""")),
            Map.entry("GET /public/penalty/decisions", new ApiAnswer(200, JSON, """
                    [{"decisionNumber":"京通罚〔2026〕3号","bureauName":"北京市通信管理局","subjectName":"北京豆网科技有限公司",
                      "subjectCode":"91110108551385082Q","legalBasis":"《中华人民共和国个人信息保护法》第六十六条",
                      "penalties":[{"type":"WARNING","amountCny":null,"person":null},{"type":"FINE","amountCny":500000,"person":null}],
                      "totalFineCny":500000,"decidedOn":"2026-05-20","publishedOn":"2026-05-27",
                      "documentSha256":"0e4b6f1a..."}]""")),
            Map.entry("GET /public/penalty/documents", new ApiAnswer(200, JSON, "[" + ISSUED + "]")),
            Map.entry("POST /public/penalty/documents/verification", new ApiAnswer(200, JSON,
                    "{\"issued\":true,\"verdict\":\"Issued by 北京市通信管理局 and unchanged\",\"verdictZh\":\"本系统签发的文书，内容未被改动\","
                    + "\"document\":" + ISSUED + ",\"signatures\":[{\"signer\":\"北京市通信管理局\","
                    + "\"certificateSha256\":\"7d2a9c3e...\",\"signedAt\":\"2026-05-20T02:00:01Z\",\"intact\":true,"
                    + "\"wholeFile\":true}]}")),
            Map.entry("GET /api/audit-trail/{service}", new ApiAnswer(200, JSON, """
                    {"entries":[{"seq":95,"recordedAt":"2026-05-20T02:00:00.123Z","txId":7311,"actor":"wang.bj",
                      "table":"penalty_case","operation":"UPDATE","rowKey":"4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                      "before":"{\\"stage\\": \\"DECISION_PROPOSED\\"}","after":"{\\"stage\\": \\"DECIDED\\"}",
                      "chainSeq":80,"prevHash":"4be1c0...","hash":"a93f27..."}],"next":94}""")),
            Map.entry("GET /api/audit-trail/{service}/verification", new ApiAnswer(200, JSON, """
                    {"intact":true,"sealed":80,"unsealed":2,"brokenAtChainSeq":null,"reason":null,"headHash":"a93f27..."}""")),
            Map.entry("GET /api/admin/parked-events/{service}", new ApiAnswer(200, JSON, """
                    [{"id":3,"eventId":"1f0e9d8c-7b6a-4954-8372-6f5e4d3c2b1a","consumer":"penalty-service",
                      "eventType":"RectificationDeadlinePassed","topic":"notice.events","partition":0,"offset":912,
                      "reason":"no bureau for province 71","parkedAt":"2026-02-28T00:00:06Z","payload":"{\\"itemId\\":\\"...\\"}"}]""")),
            Map.entry("POST /api/admin/open-data/{service}/dumps", new ApiAnswer(201, JSON, OPEN_DATA_MANIFEST)),
            Map.entry("GET /api/public/open-data/{service}/manifests", new ApiAnswer(200, JSON,
                    "[" + OPEN_DATA_MANIFEST + "]")),
            Map.entry("GET /api/public/open-data/{service}/manifests/{date}", new ApiAnswer(200, JSON, OPEN_DATA_MANIFEST)),
            Map.entry("GET /api/public/open-data/{service}/files/{date}/{name}", new ApiAnswer(200, "text/csv", """
                    day,decision_number,bureau,subject_name,subject_code,legal_basis,penalties,total_fine_cny,...
                    2026-05-27,京通罚〔2026〕3号,北京市通信管理局,北京豆网科技有限公司,91110108551385082Q,...""")),
            Map.entry("GET /api/public/open-data/{service}/statistics", new ApiAnswer(200, JSON, """
                    {"service":"penalty-service","from":"2026-06-01","to":"2026-06-01","datasets":{
                     "penalty-statistics":[{"day":"2026-06-01","bureau_province_code":"11","bureau":"北京市通信管理局","decisions":2,"total_fine_cny":700000}]}}""")));

    private PenaltyApiAnswers() {
    }
}
