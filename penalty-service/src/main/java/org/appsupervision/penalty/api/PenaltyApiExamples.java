package org.appsupervision.penalty.api;

import java.util.Map;

/** Request examples of the API, keyed by method and path, and the records its answers show, for the OpenAPI document. */
final class PenaltyApiExamples {

    static final String JSON = "application/json";
    static final String CASE_ID = "4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String PROPOSAL_ID = "8f7e6d5c-4b3a-4928-8716-05f4e3d2c1b0";
    static final String DOCUMENT_ID = "c0ffee00-1234-4abc-9def-0123456789ab";
    static final String CHAIN_ID = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    static final String PENALTIES = """
            [{"type":"WARNING","amountCny":null,"note":null},{"type":"FINE","amountCny":500000,"note":"违法情节一般"}]""";

    static final String DEADLINE = "{\"id\":\"6e5d4c3b-2a19-4807-b6f5-e4d3c2b1a098\",\"caseId\":\"" + CASE_ID + "\","
            + "\"kind\":\"DECISION\",\"fromDate\":\"2026-03-02\",\"days\":90,\"rule\":\"CALENDAR_DAYS\","
            + "\"dueDate\":\"2026-05-31\",\"explanation\":\"立案之日起九十日内作出决定 / decide within 90 days of filing\","
            + "\"legalRule\":\"《工业和信息化行政处罚程序规定》第五十七条\",\"status\":\"OPEN\",\"metOn\":null,\"overdue\":false}";

    static final String CASE = "{\"id\":\"" + CASE_ID + "\",\"caseNumber\":\"京通案〔2026〕7号\",\"bureauProvinceCode\":\"11\","
            + "\"bureauName\":\"北京市通信管理局\",\"subjectKind\":\"OPERATOR\",\"subjectName\":\"北京豆网科技有限公司\","
            + "\"subjectCode\":\"91110108551385082Q\",\"subjectAddress\":\"北京市朝阳区酒仙桥路14号\","
            + "\"facts\":\"豆瓣（com.douban.frodo）逾期未整改超范围收集个人信息\",\"chainId\":\"" + CHAIN_ID + "\","
            + "\"proposalId\":\"" + PROPOSAL_ID + "\",\"links\":[{\"kind\":\"NOTICE_ITEM\",\"chainId\":\"" + CHAIN_ID
            + "\",\"refId\":\"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\"}],\"stage\":\"INVESTIGATION\",\"serious\":false,"
            + "\"filedOn\":\"2026-03-02\",\"filedBy\":\"li.bj\",\"filedAt\":\"2026-03-02T02:00:00Z\","
            + "\"investigators\":[\"li.bj\",\"zhao.bj\"],\"findings\":null,\"legalReviewBy\":null,"
            + "\"legalReviewOpinion\":null,\"priorNoticeOn\":null,\"priorNoticeBasis\":null,\"priorNoticePenalties\":[],"
            + "\"defence\":null,\"hearingRequestedOn\":null,\"hearingOn\":null,\"hearingRecord\":null,"
            + "\"decisionNumber\":null,\"decisionBasis\":null,\"decisionPenalties\":[],\"totalFine\":null,"
            + "\"decisionProposedBy\":null,\"decisionApprovedBy\":null,\"decisionOn\":null,\"servedOn\":null,"
            + "\"publishedOn\":null,\"closedOn\":null,\"outcome\":null,\"decisionExtension\":null,\"deadlines\":["
            + DEADLINE + "]}";

    static final String PROPOSAL = "{\"id\":\"" + PROPOSAL_ID + "\",\"bureauProvinceCode\":\"11\","
            + "\"bureauName\":\"北京市通信管理局\",\"subjectProvinceCode\":\"11\",\"ground\":\"OPERATOR_REFUSED_RECTIFICATION\","
            + "\"subjectKind\":\"OPERATOR\",\"subjectName\":\"北京豆网科技有限公司\",\"subjectCode\":\"91110108551385082Q\","
            + "\"chainId\":\"" + CHAIN_ID + "\",\"noticeId\":\"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60\","
            + "\"itemId\":\"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b\",\"orderId\":null,\"appName\":\"豆瓣\","
            + "\"packageName\":\"com.douban.frodo\",\"facts\":\"整改期限2026-02-27届满，未整改\",\"status\":\"FILED\","
            + "\"proposedAt\":\"2026-02-28T00:00:05Z\",\"decidedBy\":\"li.bj\",\"decidedAt\":\"2026-03-02T02:00:00Z\","
            + "\"dismissalReason\":null,\"caseId\":\"" + CASE_ID + "\"}";

    static final String DOCUMENT = "{\"id\":\"" + DOCUMENT_ID + "\",\"caseId\":\"" + CASE_ID + "\",\"kind\":\"PRIOR_NOTICE\","
            + "\"number\":\"京通罚告〔2026〕7号\",\"sha256\":\"5f1c0d2e...\",\"createdAt\":\"2026-04-01T02:00:00Z\","
            + "\"servedOn\":\"2026-04-01\",\"content\":\"行政处罚事先告知书\\n北京豆网科技有限公司：...\","
            + "\"pdfSha256\":\"0e4b6f1a...\",\"signer\":\"北京市通信管理局\",\"signerCertificateSha256\":\"7d2a9c3e...\","
            + "\"signedAt\":\"2026-04-01T02:00:01Z\",\"replaces\":null}";

    static final String PAYMENT_STATUS = "{\"caseId\":\"" + CASE_ID + "\",\"on\":\"2026-07-20\",\"fine\":500000,"
            + "\"dueDate\":\"2026-07-15\",\"daysLate\":5,\"surcharge\":75000,\"surchargeCapped\":false,\"paid\":200000,"
            + "\"outstanding\":375000,\"paidInFullOn\":null,\"payments\":[{\"id\":\"1b2c3d4e-5f60-4718-829a-3b4c5d6e7f80\","
            + "\"amount\":200000,\"paidOn\":\"2026-07-10\",\"reference\":\"非税收入缴款书 1100260710001\","
            + "\"recordedBy\":\"li.bj\"}]}";

    static final String ENTERPRISE_CASE = "{\"id\":\"" + CASE_ID + "\",\"caseNumber\":\"京通案〔2026〕7号\","
            + "\"bureauProvinceCode\":\"11\",\"bureauName\":\"北京市通信管理局\",\"partyName\":\"北京豆网科技有限公司\","
            + "\"partyCode\":\"91110108551385082Q\",\"stage\":\"PRIOR_NOTICE\",\"filedOn\":\"2026-03-02\","
            + "\"priorNotice\":{\"on\":\"2026-04-01\",\"legalBasis\":\"PIPL-66\",\"citation\":\"《中华人民共和国个人信息保护法》第六十六条\","
            + "\"penalties\":" + PENALTIES + "},\"hearingRequestedOn\":null,\"hearingOn\":null,\"decision\":null,"
            + "\"closedOn\":null,\"deadlines\":[{\"kind\":\"HEARING_REQUEST\",\"dueDate\":\"2026-04-08\",\"status\":\"OPEN\","
            + "\"metOn\":null,\"legalRule\":\"《中华人民共和国行政处罚法》第六十四条\"}],\"documents\":[{\"id\":\"" + DOCUMENT_ID
            + "\",\"kind\":\"PRIOR_NOTICE\",\"number\":\"京通罚告〔2026〕7号\",\"servedOn\":\"2026-04-01\","
            + "\"pdfSha256\":\"0e4b6f1a...\",\"signedAt\":\"2026-04-01T02:00:01Z\",\"pdf\":\"/api/penalty/enterprise/cases/"
            + CASE_ID + "/documents/" + DOCUMENT_ID + "/pdf\"}]}";

    static final String ISSUED = "{\"number\":\"京通罚〔2026〕3号\",\"kind\":\"DECISION\",\"title\":\"行政处罚决定书\","
            + "\"issuer\":\"北京市通信管理局\",\"signer\":\"北京市通信管理局\",\"signerCertificateSha256\":\"7d2a9c3e...\","
            + "\"signedAt\":\"2026-05-20T02:00:01Z\",\"servedOn\":\"2026-05-21\",\"pdfSha256\":\"0e4b6f1a...\","
            + "\"replaces\":null,\"replacedBy\":null}";

    static final String OPEN_DATA_MANIFEST = """
            {"service":"penalty-service","date":"2026-06-01","generatedAt":"2026-06-02T01:00:00Z",
             "licence":"CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) · 可自由使用，注明出处 / free to reuse with attribution",
             "files":[{"name":"penalty-decisions-2026-06-01.csv","dataset":"penalty-decisions","format":"csv",
               "mediaType":"text/csv; charset=UTF-8; header=present",
               "sha256":"3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c","bytes":612,"rows":2}]}""";

    static final Map<String, Map<String, String>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/admin/open-data/{service}/dumps", Map.of(JSON, "{\"date\":\"2026-06-01\"}")),
            Map.entry("POST /api/penalty/cases", Map.of(JSON, """
                    {"subjectKind":"OPERATOR","subjectName":"北京豆网科技有限公司","subjectCode":"91110108551385082Q",
                     "subjectAddress":"北京市朝阳区酒仙桥路14号","facts":"豆瓣（com.douban.frodo）逾期未整改超范围收集个人信息",
                     "chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","links":[{"kind":"NOTICE_ITEM",
                     "chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","refId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b"}],
                     "filedOn":"2026-03-02"}""")),
            Map.entry("POST /api/penalty/cases/{id}/investigation", Map.of(JSON, "{\"on\":\"2026-03-03\"}")),
            Map.entry("POST /api/penalty/cases/{id}/investigators", Map.of(JSON, "{\"name\":\"zhao.bj\"}")),
            Map.entry("POST /api/penalty/cases/{id}/review", Map.of(JSON, """
                    {"findings":"首次启动即读取通讯录，整改期限届满后复测仍存在","serious":false,"illegalGainsCny":null,
                     "previousYearTurnoverCny":null,"on":"2026-03-20"}""")),
            Map.entry("POST /api/penalty/cases/{id}/legal-review", Map.of(JSON,
                    "{\"opinion\":\"事实清楚，证据确凿，适用法律正确 / facts clear, evidence sound, law correctly applied\",\"on\":\"2026-03-25\"}")),
            Map.entry("POST /api/penalty/cases/{id}/prior-notice", Map.of(JSON, "{\"legalBasis\":\"PIPL-66\",\"penalties\":"
                    + PENALTIES + ",\"reasons\":\"逾期未整改 / not rectified in time\",\"on\":\"2026-04-01\"}")),
            Map.entry("POST /api/penalty/cases/{id}/defence", Map.of(JSON,
                    "{\"statement\":\"已于2026-04-03发布7.19.0版本停止读取通讯录\",\"on\":\"2026-04-05\"}")),
            Map.entry("POST /api/penalty/cases/{id}/hearing-request", Map.of(JSON, "{\"on\":\"2026-04-06\"}")),
            Map.entry("POST /api/penalty/cases/{id}/hearing", Map.of(JSON,
                    "{\"hearingOn\":\"2026-04-20\",\"noticeOn\":\"2026-04-10\"}")),
            Map.entry("POST /api/penalty/cases/{id}/hearing-record", Map.of(JSON,
                    "{\"record\":\"当事人到场陈述申辩，承认事实，请求从轻处罚\",\"on\":\"2026-04-20\"}")),
            Map.entry("POST /api/penalty/cases/{id}/decision-extension", Map.of(JSON,
                    "{\"reason\":\"案情复杂，经负责人批准延长 / complex case, extension approved by the head\",\"days\":30}")),
            Map.entry("POST /api/penalty/cases/{id}/decision", Map.of(JSON, "{\"legalBasis\":\"PIPL-66\",\"penalties\":"
                    + PENALTIES + ",\"reasons\":\"听证后维持 / upheld after the hearing\",\"on\":\"2026-05-18\"}")),
            Map.entry("POST /api/penalty/cases/{id}/decision/approval", Map.of(JSON, "{\"on\":\"2026-05-20\"}")),
            Map.entry("POST /api/penalty/cases/{id}/service", Map.of(JSON, "{\"on\":\"2026-05-21\"}")),
            Map.entry("POST /api/penalty/cases/{id}/publication", Map.of(JSON, "{\"on\":\"2026-05-27\"}")),
            Map.entry("POST /api/penalty/cases/{id}/payments", Map.of(JSON,
                    "{\"amountCny\":200000,\"paidOn\":\"2026-07-10\",\"reference\":\"非税收入缴款书 1100260710001\"}")),
            Map.entry("POST /api/penalty/cases/{id}/closing", Map.of(JSON,
                    "{\"outcome\":\"EXECUTED\",\"reason\":null,\"on\":\"2026-07-25\"}")),
            Map.entry("POST /api/penalty/proposals/{id}/filing", Map.of(JSON,
                    "{\"facts\":null,\"subjectAddress\":\"北京市朝阳区酒仙桥路14号\",\"filedOn\":\"2026-03-02\"}")),
            Map.entry("POST /api/penalty/proposals/{id}/dismissal", Map.of(JSON,
                    "{\"reason\":\"企业已于期限届满前整改，复测通过 / rectified before the deadline, re-check passed\"}")),
            Map.entry("POST /public/penalty/documents/verification", Map.of("application/pdf", "(the PDF's bytes)")));

    private PenaltyApiExamples() {
    }
}
