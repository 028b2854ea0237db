package org.appsupervision.notice.api;

import java.util.Map;
import org.appsupervision.platform.openapi.ApiAnswer;

/** Request and answer examples of every operation of the API, keyed by method and path, for the OpenAPI document. */
final class ApiExamples {

    static final String BATCH_ID = "6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10";
    static final String NOTICE_ID = "5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60";
    static final String ITEM_ID = "7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    static final String JOB_ID = "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b";

    static final String JSON = "application/json";

    static final String BATCH = """
            {"id":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10","title":"广东省2021年第3批检测","runBy":"BUREAU",
             "provinceCode":"44","bureauZh":"广东省通信管理局","runFrom":"2021-10-01","runTo":"2021-10-20",
             "appsTested":12000,"findingCount":0,"recordedBy":"chen.gd","recordedAt":"2021-10-21T02:00:00Z","kind":"DETECTION"}""";

    static final String COMPLAINT_ID = "2b7c9e4a-1f3d-4c5b-9a8e-7d6c5b4a3f21";

    static final String COMPLAINT = """
            {"id":"2b7c9e4a-1f3d-4c5b-9a8e-7d6c5b4a3f21","trackingNumber":"TS-2026-K7Q2M4X9PB","appName":"豆瓣",
             "packageName":"com.douban.frodo","operatorProvince":"11","store":"huawei",
             "problems":["collect-beyond-scope"],"description":"首次打开就要求读取通讯录，拒绝后无法使用",
             "status":"UNDER_REVIEW","receivedAt":"2026-12-07T02:00:00Z","reviewedAt":"2026-12-07T03:00:00Z",
             "closedAt":null,"handledBy":"wang.official","mergedInto":null,"rejectionReason":null,"findingId":null,
             "repeats":0,"screenshotCount":1,"contact":{"name":"张三","phone":"13800138000","email":null},
             "contactErased":false}""";

    static final String COMPLAINT_REQUEST = """
            {"appName":"豆瓣","packageName":"com.douban.frodo","store":"huawei","problems":["collect-beyond-scope"],
             "description":"首次打开就要求读取通讯录，拒绝后无法使用",
             "screenshots":["iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="],
             "contact":{"name":"张三","phone":"13800138000","email":null}}""";

    static final String COMPLAINT_RECEIPT = """
            {"trackingNumber":"TS-2026-K7Q2M4X9PB","status":"RECEIVED","duplicate":false,
             "statusUrl":"/api/public/complaints/TS-2026-K7Q2M4X9PB","pageUrl":"/complaints/TS-2026-K7Q2M4X9PB"}""";

    static final String FINDING = """
            {"id":1099511627777,"batchId":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10","packageName":"com.douban.frodo",
             "appName":"豆瓣","version":"7.18.0","sourceStore":"huawei","problems":["collect-beyond-scope"],
             "evidence":"首次启动读取通讯录","references":["report-17.pdf"],"detectedAt":"2021-10-15T01:30:00Z",
             "repeat":true,"repeatedProblems":["collect-beyond-scope"],
             "observedFlows":[{"activity":"COLLECTED","kind":"contacts","recipient":null,"disclosed":false,"reason":"not declared"}],
             "sdk":{"code":"umeng-analytics","nameZh":"友盟+统计SDK","nameEn":"Umeng+ Analytics SDK","version":"9.6.3"}}""";

    static final String JOB = """
            {"id":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","batchId":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10",
             "format":"CSV","status":"RUNNING","phase":"READING","linesRead":250000,"linesWritten":0,"badLines":0,
             "errors":[],"failure":null,"submittedBy":"wang.official","submittedAt":"2021-10-21T02:00:00Z",
             "finishedAt":null}""";

    static final String JOB_REJECTED = """
            {"id":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","batchId":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10",
             "format":"CSV","status":"REJECTED","phase":null,"linesRead":1000000,"linesWritten":0,"badLines":2,
             "errors":[{"field":"line 17","message":"unknown problem code 'no-such-problem'"},
                       {"field":"line 90211","message":"operatorCreditCode is not a valid unified social credit code: check character should be Q"}],
             "failure":null,"submittedBy":"wang.official","submittedAt":"2021-10-21T02:00:00Z",
             "finishedAt":"2021-10-21T02:00:04Z"}""";

    static final String APP = """
            {"packageName":"com.douban.frodo","name":"豆瓣","filingNumber":"京ICP备05002222号-2A",
             "operator":{"creditCode":"91110108551385082Q","name":"北京豆网科技有限公司","provinceCode":"11"}}""";

    static final String ENTERPRISE_APP = """
            {"packageName":"com.douban.frodo","name":"豆瓣","filingNumber":"京ICP备05002222号-2A",
             "operatorName":"北京豆网科技有限公司","operatorCreditCode":"91110108551385082Q","versions":["7.18.0"],
             "stores":["huawei","xiaomi"],"takenDown":true,"takenDownBy":["huawei"]}""";

    static final String ENTERPRISE_FINDING = """
            {"id":1099511627777,"packageName":"com.douban.frodo","appName":"豆瓣","version":"7.18.0",
             "sourceStore":"huawei","problems":[{"code":"collect-beyond-scope","labelZh":"超范围收集个人信息",
             "labelEn":"Collecting personal information beyond scope or frequency"}],"evidence":"首次启动读取通讯录",
             "detectedAt":"2021-10-15T01:30:00Z","batchFrom":"2021-10-01","batchTo":"2021-10-20","detectedBy":"11",
             "authorityName":"北京市通信管理局"}""";

    static final String ENTERPRISE_NOTICE = """
            {"id":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60","kind":"RECHECK",
             "title":"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)","publishedAt":"2021-11-03T02:00:00Z",
             "yearlyBatch":11,"cumulativeBatch":20,"deadline":"2021-11-09","deadlineRule":"FIXED_DATE",
             "contentHash":"sha256:4be1c0","appCount":5,"imported":false,
             "items":[{"itemId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "seq":3,"appName":"豆瓣","packageName":"com.douban.frodo","version":"7.18.0",
             "problems":[{"code":"collect-beyond-scope","labelZh":"超范围收集个人信息",
             "labelEn":"Collecting personal information beyond scope or frequency"}],"stores":["huawei","xiaomi"],
             "deadline":"2021-11-09","rectification":{"status":"PENDING","fixedVersion":null,"setAt":null,
             "deadlinePassedAt":null},"liftedAt":null}]}""";

    static final String ITEM = """
            {"seq":1,"itemId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "appName":"豆瓣","packageName":"com.douban.frodo","version":"7.18.0",
             "operator":{"name":"北京豆网科技有限公司","creditCode":"91110108551385082Q","provinceCode":"11"},
             "problems":["collect-beyond-scope"],"stores":["huawei","xiaomi"],"refusedRectification":false,
             "confirmedStoreCount":0,"confirmations":[],"unknownStores":[],
             "rectification":{"status":"PENDING","fixedVersion":null,"note":null,"setBy":null,"setAt":null,
                              "deadlinePassedAt":null,"basis":null,"overridden":false,"overrideReason":null,
                              "recheckTaskId":null,"recheckOutcome":null},"lifting":null,"sourceItemId":null,
             "findingIds":[1099511627777],"inactiveStores":[],"alreadyTakenDownBy":[],"reportedBy":"MINISTRY"}""";

    static final String NOTICE = """
            {"id":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60","kind":"RECHECK",
             "title":"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)","status":"PUBLISHED",
             "draftedBy":"wang.official","draftedAt":"2021-11-01T02:00:00Z","approvedBy":"zhang.approver",
             "approvedAt":"2021-11-02T02:00:00Z","publishedBy":"zhang.approver","publishedAt":"2021-11-03T02:00:00Z",
             "items":[""" + ITEM + """
            ],"batchYear":2021,"yearlyBatch":11,"cumulativeBatch":20,
             "deadline":{"date":"2021-11-09","rule":"CALENDAR_DAYS","days":6,"workingDays":false,"fixedDate":null,
                         "explanation":"发布日2021-11-03起6个自然日 / 6 calendar days from 2021-11-03"},
             "contentHash":"9f2c0a4d1e7b3c5a8d6e4f2a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c",
             "withdrawsNoticeId":null,"withdrawnByNoticeId":null,"sourceNoticeId":null,"withdrawal":null,"imported":null}""";

    static final String NOTICE_DRAFT = NOTICE.replace("\"status\":\"PUBLISHED\"", "\"status\":\"DRAFT\"")
            .replace("\"approvedBy\":\"zhang.approver\"", "\"approvedBy\":null")
            .replace("\"publishedBy\":\"zhang.approver\"", "\"publishedBy\":null");

    static final String DRAFT = """
            {"kind":"RECTIFICATION","title":"关于侵害用户权益行为的APP通报","rectificationDays":7,"workingDays":false,
             "apps":[{"name":"豆瓣","packageName":"com.douban.frodo","version":"7.18.0",
                      "operator":{"name":"北京豆网科技有限公司","creditCode":"91110108551385082Q"},
                      "problems":["collect-beyond-scope"],"stores":["huawei","xiaomi"],"refusedRectification":false}]}""";

    /** An edit keeps the item it names by itemId (with its links) and adds the entry without one as a new item. */
    static final String EDIT = """
            {"kind":"RECTIFICATION","title":"关于侵害用户权益行为的APP通报","rectificationDays":7,"workingDays":false,
             "apps":[{"itemId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","name":"豆瓣","packageName":"com.douban.frodo",
                      "version":"7.18.0","operator":{"name":"北京豆网科技有限公司","creditCode":"91110108551385082Q"},
                      "problems":["collect-beyond-scope"],"stores":["huawei","xiaomi"],"refusedRectification":false},
                     {"name":"唱吧","packageName":"com.changba","version":"10.1.0",
                      "operator":{"name":"北京唱吧科技股份有限公司","creditCode":"91110108551385082Q"},
                      "problems":["excessive-permissions"],"stores":[],"refusedRectification":false}]}""";

    static final String PUBLIC_NOTICE = """
            {"id":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60","kind":"RECHECK",
             "title":"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)","publishedAt":"2021-11-03T02:00:00Z",
             "yearlyBatch":11,"cumulativeBatch":20,"deadline":"2021-11-09","deadlineRule":"CALENDAR_DAYS",
             "contentHash":"9f2c0a4d1e7b3c5a8d6e4f2a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c","withdrawsNoticeId":null,
             "withdrawnByNoticeId":null,"appCount":1,
             "rows":[{"number":1,"appName":"豆瓣","developer":"北京豆网科技有限公司","source":"华为应用市场",
                      "version":"7.18.0","problems":"超范围收集个人信息"}],
             "imported":false,"archiveNote":null,
             "legalBasis":"《中华人民共和国网络安全法》《中华人民共和国个人信息保护法》《电信和互联网用户个人信息保护规定》",
             "bureauPenaltyInstruction":null,
             "annexes":[{"number":1,"label":"附件","authority":"MINISTRY","authorityName":"工业和信息化部",
                         "heading":"工业和信息化部通报的未完成整改APP名单","appCount":1,
                         "rows":[{"number":1,"appName":"豆瓣","developer":"北京豆网科技有限公司","source":"华为应用市场",
                                  "version":"7.18.0","problems":"超范围收集个人信息"}]}]}""";

    static final String CALENDAR = """
            {"year":2021,"holidays":["2021-10-01","2021-10-04","2021-10-05","2021-10-06","2021-10-07"],
             "adjustedWorkingDays":["2021-09-26","2021-10-09"],"changedBy":"admin","changedAt":"2021-01-04T02:00:00Z"}""";

    static final String STATS = """
            {"totals":{"asOf":"2021-12-31","historicalAsOf":"2021-11-30","noticeBatches":21,"detectionBatches":1,
                       "appsTested":2452000,"appsNotified":2160,"appsTakenDown":646,"proactiveRemovals":400000,
                       "imported":{"noticeBatches":21,"detectionBatches":0,"appsTested":2440000,"appsNotified":2155,
                                   "appsTakenDown":646,"proactiveRemovals":400000},
                       "own":{"noticeBatches":0,"detectionBatches":1,"appsTested":12000,"appsNotified":5,
                              "appsTakenDown":0,"proactiveRemovals":null}},
             "perYear":[{"key":"2021","label":"2021","noticeBatches":0,"detectionBatches":1,"appsTested":12000,"appsNotified":5,"appsTakenDown":0}],
             "perProvince":[{"key":"44","label":"广东省","noticeBatches":0,"detectionBatches":1,"appsTested":12000,"appsNotified":5,"appsTakenDown":0}],
             "perProblem":[{"key":"collect-beyond-scope","label":"超范围收集个人信息","noticeBatches":0,"detectionBatches":0,"appsTested":0,
                            "appsNotified":5,"appsTakenDown":0}],
             "storeShares":[{"storeCode":"tencent","storeName":"应用宝","problemApps":142,"sharePercent":14.22}],
             "importedPerYear":[{"key":"2021","label":"2021","noticeBatches":1,"detectionBatches":0,"appsTested":0,"appsNotified":106,"appsTakenDown":106}],
             "complaintsPerApp":[{"packageName":"com.douban.frodo","appName":"豆瓣","complaints":12,"open":3,
                                  "perProblem":{"collect-beyond-scope":9,"excessive-permissions":4}}]}""";

    static final String CSV_FILE = """
            packageName,appName,version,sourceStore,problems,evidence,references,detectedAt,operatorName,operatorCreditCode,filingNumber
            com.douban.frodo,豆瓣,7.18.0,huawei,collect-beyond-scope;excessive-permissions,"首次启动读取通讯录",report-17.pdf,2021-10-15T09:30:00+08:00,北京豆网科技有限公司,91110108551385082Q,京ICP备05002222号-2A
            """;

    static final String NDJSON_FILE = """
            {"packageName":"com.douban.frodo","appName":"豆瓣","version":"7.18.0","sourceStore":"huawei","problems":["collect-beyond-scope"],"detectedAt":"2021-10-15","operatorName":"北京豆网科技有限公司","operatorCreditCode":"91110108551385082Q"}
            """;

    static final String ARCHIVE_FILE = """
            {"kind":"RECHECK","title":"关于侵害用户权益行为APP“回头看”的通报(2021年第11批,总第20批)","publishedOn":"2021-11-03","batch":{"year":2021,"yearly":11,"cumulative":20},"deadline":"2021-11-09","source":"工业和信息化部信息通信管理局","annexes":[{"authority":"MINISTRY","items":[{"app":"豆瓣","version":"7.18.0","operator":{"name":"北京豆网科技有限公司","creditCode":"91110105N38RG8QLT1"},"stores":["huawei"],"problems":["collect-beyond-scope"]}]}]}
            {"kind":"TAKEDOWN","title":"关于下架侵害用户权益APP名单的通报","publishedOn":"2021-12-09","annexes":[{"authority":"MINISTRY","items":[{"app":"豆瓣","version":"7.18.0","operator":{"name":"北京豆网科技有限公司","creditCode":"91110105N38RG8QLT1"},"stores":["huawei"],"problems":["collect-beyond-scope"]}]},{"authority":"14","items":[{"app":"山西应用01（生成名称）","operator":{"name":"太原示例科技有限公司（生成名称）","creditCode":"91140100MA0K000013"},"stores":["huawei"],"problems":["collect-beyond-scope"]}]}]}
            """;

    static final String LIST_ID = "2b4d6f80-1a3c-4e5f-8a7b-9c0d1e2f3a4b";

    static final String DUAL_LIST_ROWS = """
            "collected":[{"kind":"device-id","purpose":"账号安全与反作弊","scenario":"启动应用时"},
                         {"kind":"location","purpose":"推荐同城活动","scenario":"用户打开同城页面时"}],
            "shared":[{"recipient":"腾讯广告","kind":"device-id","purpose":"广告投放与效果归因","scenario":"展示广告时",
                       "method":"SDK"}]""";

    static final String DUAL_LIST = """
            {"id":"2b4d6f80-1a3c-4e5f-8a7b-9c0d1e2f3a4b","packageName":"com.douban.frodo","appName":"豆瓣",
             "appVersion":"7.18.0","version":2,"status":"DRAFT","updatedBy":"douban.operator",
             "updatedAt":"2021-11-05T02:00:00Z","publishedBy":null,"publishedAt":null,""" + DUAL_LIST_ROWS + "}";

    static final String DUAL_LIST_PUBLISHED = DUAL_LIST.replace("\"status\":\"DRAFT\"", "\"status\":\"PUBLISHED\"")
            .replace("\"publishedBy\":null,\"publishedAt\":null", "\"publishedBy\":\"douban.operator\","
                    + "\"publishedAt\":\"2021-11-05T03:00:00Z\"");

    static final String DUAL_LIST_CHECK = """
            {"packageName":"com.douban.frodo","appName":"豆瓣",
             "operator":{"creditCode":"91110105N38RG8QLT1","name":"北京豆网科技有限公司","provinceCode":"11"},
             "versions":[{"appVersion":"7.18.0","list":""" + DUAL_LIST_PUBLISHED + ",\n" + """
               "flows":[{"findingId":1099511627777,"batchId":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10",
                         "detectedAt":"2021-10-15T01:30:00Z","activity":"SHARED","kind":"device-id","recipient":"腾讯广告",
                         "disclosed":true,"reason":null},
                        {"findingId":1099511627777,"batchId":"6d3c1a55-6a8e-4f0e-9d0b-5f2d5b1e7a10",
                         "detectedAt":"2021-10-15T01:30:00Z","activity":"COLLECTED","kind":"contacts","recipient":null,
                         "disclosed":false,"reason":"not declared"}],"undisclosedCount":1}],
             "history":null}""";

    /** Request examples by "METHOD path", then by media type. */
    static final String OPEN_DATA_MANIFEST = """
            {"service":"notice-service","date":"2021-12-09","generatedAt":"2021-12-10T18:00:00.412Z",
             "licence":"CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) · 可自由使用，注明出处 / free to reuse with attribution",
             "files":[{"name":"notices-2021-12-09.csv","dataset":"notices","format":"csv",
               "mediaType":"text/csv; charset=UTF-8; header=present",
               "sha256":"9f2b5c0e4d1a7b3c8e6f0a2d4b6c8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b","bytes":1432,"rows":9}]}""";

    static final Map<String, Map<String, String>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/admin/open-data/{service}/dumps", Map.of(JSON, "{\"date\":\"2021-12-09\"}")),
            Map.entry("POST /api/notices/archive", Map.of("application/x-ndjson", ARCHIVE_FILE)),
            Map.entry("POST /api/public/complaints", Map.of(JSON, COMPLAINT_REQUEST)),
            Map.entry("POST /api/complaints/{id}/merge", Map.of(JSON, "{\"intoId\":\"" + COMPLAINT_ID + "\"}")),
            Map.entry("POST /api/complaints/{id}/rejection", Map.of(JSON,
                    "{\"reason\":\"所述问题不属于侵害用户权益的范围 / not an infringement of user rights\"}")),
            Map.entry("POST /api/complaints/{id}/finding", Map.of(JSON, "{\"alsoIds\":[\"" + COMPLAINT_ID
                    + "\"],\"packageName\":\"com.douban.frodo\",\"version\":\"7.18.0\",\"evidence\":\"复测确认首次启动读取通讯录\"}")),
            Map.entry("POST /api/complaints/{id}/evidence", Map.of(JSON, "{\"findingId\":1099511627777}")),
            Map.entry("POST /api/public/documents/verification", Map.of("application/pdf",
                    "(the bytes of a PDF, at most 10 MiB)")),
            Map.entry("PUT /api/stats/history", Map.of(JSON, """
                    [{"asOf":"2021-11-30","batches":21,"appsTested":2440000,"appsNotified":2049,"appsTakenDown":540,
                      "proactiveRemovals":400000,"source":"工信部新闻发布会 2021-11"}]""")),
            Map.entry("PUT /api/apps/{packageName}", Map.of(JSON, """
                    {"name":"豆瓣","packageName":"com.douban.frodo","filingNumber":"京ICP备05002222号-2A",
                     "operator":{"name":"北京豆网科技有限公司","creditCode":"91110108551385082Q"}}""")),
            Map.entry("POST /api/findings", Map.of(JSON, "{\"batchId\":\"" + BATCH_ID + "\",\"findings\":[{"
                    + "\"packageName\":\"com.douban.frodo\",\"appName\":\"豆瓣\",\"version\":\"7.18.0\","
                    + "\"sourceStore\":\"huawei\",\"problems\":[\"collect-beyond-scope\"],\"evidence\":\"首次启动读取通讯录\","
                    + "\"references\":[\"report-17.pdf\"],\"detectedAt\":\"2021-10-15T09:30:00+08:00\","
                    + "\"operatorName\":\"北京豆网科技有限公司\",\"operatorCreditCode\":\"91110108551385082Q\","
                    + "\"filingNumber\":\"京ICP备05002222号-2A\"}]}")),
            Map.entry("POST /api/findings/imports", Map.of("text/csv", CSV_FILE, "application/x-ndjson", NDJSON_FILE,
                    JSON, "{\"batchId\":\"" + BATCH_ID + "\",\"format\":\"CSV\"}")),
            Map.entry("PUT /api/findings/imports/{jobId}/file", Map.of("text/csv", CSV_FILE,
                    "application/x-ndjson", NDJSON_FILE)),
            Map.entry("POST /api/batches", Map.of(JSON, """
                    {"title":"广东省2021年第3批检测","runBy":"BUREAU","provinceCode":"44","runFrom":"2021-10-01",
                     "runTo":"2021-10-20","appsTested":12000}""")),
            Map.entry("PUT /api/notices/{id}/items/{itemId}/rectification", Map.of(JSON, """
                    {"status":"RECTIFIED","fixedVersion":"7.19.0","note":"复测通过","reason":"检测机构报告延迟，依现场核查结果认定"}""")),
            Map.entry("POST /api/notices/{id}/items/{itemId}/lifting", Map.of(JSON, """
                    {"reason":"已完成整改并通过复测，准予重新上架"}""")),
            Map.entry("POST /api/notices", Map.of(JSON, DRAFT)),
            Map.entry("POST /api/notices/from-findings", Map.of(JSON, """
                    {"kind":"RECTIFICATION","title":"关于侵害用户权益行为的APP通报","findingIds":[1099511627777,1099511627778],
                     "refusedRectification":false,"rectificationDays":5,"workingDays":true}""")),
            Map.entry("POST /api/notices/from-unrectified", Map.of(JSON, "{\"sourceNoticeId\":\"" + NOTICE_ID
                    + "\",\"kind\":\"TAKEDOWN\",\"title\":\"关于下架侵害用户权益APP名单的通报\","
                    + "\"findingIds\":[1099511627777,1099511627778]}")),
            Map.entry("PUT /api/notices/{id}", Map.of(JSON, EDIT)),
            Map.entry("POST /api/notices/{id}/withdrawal", Map.of(JSON, """
                    {"reason":"名单有误，重新起草"}""")),
            Map.entry("PUT /api/enterprise/dual-lists/drafts", Map.of(JSON, "{\"packageName\":\"com.douban.frodo\","
                    + "\"appVersion\":\"7.18.0\"," + DUAL_LIST_ROWS + "}")),
            Map.entry("PUT /api/reference/holidays/{year}", Map.of(JSON, """
                    {"holidays":["2021-10-01","2021-10-04","2021-10-05","2021-10-06","2021-10-07"],
                     "adjustedWorkingDays":["2021-09-26","2021-10-09"]}""")));

    /** Answers by "METHOD path". */
    static final Map<String, ApiAnswer> ANSWERS = Map.ofEntries(
            Map.entry("GET /api/stats", new ApiAnswer(200, JSON, STATS)),
            Map.entry("POST /api/public/complaints", new ApiAnswer(201, JSON, COMPLAINT_RECEIPT)),
            Map.entry("GET /api/public/complaints/{trackingNumber}", new ApiAnswer(200, JSON, """
                    {"trackingNumber":"TS-2026-K7Q2M4X9PB","status":"REJECTED","appName":"豆瓣",
                     "packageName":"com.douban.frodo","store":"huawei","problems":["collect-beyond-scope"],
                     "receivedAt":"2026-12-07T02:00:00Z","progress":[{"status":"RECEIVED","at":"2026-12-07T02:00:00Z"},
                     {"status":"UNDER_REVIEW","at":"2026-12-07T03:00:00Z"},{"status":"REJECTED","at":"2026-12-08T03:00:00Z"}],
                     "rejectionReason":"所述问题不属于侵害用户权益的范围 / not an infringement of user rights","mergedInto":null}""")),
            Map.entry("GET /api/public/complaints/options", new ApiAnswer(200, JSON, """
                    {"problems":[{"code":"collect-beyond-scope","labelZh":"超范围收集个人信息",
                      "labelEn":"Collecting personal information beyond scope or frequency"}],
                     "stores":[{"code":"huawei","labelZh":"华为应用市场","labelEn":"Huawei AppGallery"}]}""")),
            Map.entry("GET /api/complaints", new ApiAnswer(200, JSON, "[" + COMPLAINT.replace(
                    "{\"name\":\"张三\",\"phone\":\"13800138000\",\"email\":null}", "null") + "]")),
            Map.entry("GET /api/complaints/{id}", new ApiAnswer(200, JSON, COMPLAINT)),
            Map.entry("GET /api/complaints/{id}/screenshots/{seq}", new ApiAnswer(200, "image/png", "(PNG bytes)")),
            Map.entry("POST /api/complaints/{id}/review", new ApiAnswer(200, JSON, COMPLAINT)),
            Map.entry("POST /api/complaints/{id}/merge", new ApiAnswer(200, JSON, COMPLAINT
                    .replace("\"status\":\"UNDER_REVIEW\"", "\"status\":\"MERGED\""))),
            Map.entry("POST /api/complaints/{id}/rejection", new ApiAnswer(200, JSON, COMPLAINT
                    .replace("\"status\":\"UNDER_REVIEW\"", "\"status\":\"REJECTED\""))),
            Map.entry("POST /api/complaints/{id}/finding", new ApiAnswer(201, JSON, "{\"findingId\":1099511627778,"
                    + "\"complaint\":" + COMPLAINT.replace("\"status\":\"UNDER_REVIEW\"", "\"status\":\"FINDING\"")
                    + "}")),
            Map.entry("POST /api/complaints/{id}/evidence", new ApiAnswer(200, JSON, COMPLAINT
                    .replace("\"status\":\"UNDER_REVIEW\"", "\"status\":\"FINDING\""))),
            Map.entry("POST /api/notices/archive", new ApiAnswer(200, JSON, """
                    {"imported":1,"alreadyImported":1,"notices":[
                     {"line":1,"id":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60","kind":"RECHECK",
                      "title":"关于侵害用户权益行为APP“回头看”的通报(2021年第11批,总第20批)","outcome":"ALREADY_IMPORTED","appCount":1},
                     {"line":2,"id":"0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e","kind":"TAKEDOWN",
                      "title":"关于下架侵害用户权益APP名单的通报","outcome":"IMPORTED","appCount":2}]}""")),
            Map.entry("PUT /api/stats/history", new ApiAnswer(204, null, null)),
            Map.entry("PUT /api/apps/{packageName}", new ApiAnswer(200, JSON, APP)),
            Map.entry("GET /api/apps/{packageName}", new ApiAnswer(200, JSON, APP)),
            Map.entry("GET /api/apps", new ApiAnswer(200, JSON, "[" + APP + "]")),
            Map.entry("GET /api/enterprise/apps", new ApiAnswer(200, JSON, "[" + ENTERPRISE_APP + "]")),
            Map.entry("GET /api/enterprise/apps/{packageName}", new ApiAnswer(200, JSON, "{\"app\":" + ENTERPRISE_APP
                    + ",\"findingCount\":1,\"findings\":[" + ENTERPRISE_FINDING + "],\"notices\":[{\"noticeId\":\""
                    + NOTICE_ID + "\",\"itemId\":\"" + ITEM_ID + "\",\"kind\":\"RECHECK\",\"title\":\"关于侵害用户权益行为"
                    + "的APP“回头看”的通报(2021年第11批,总第20批)\",\"publishedAt\":\"2021-11-03T02:00:00Z\","
                    + "\"deadline\":\"2021-11-09\",\"rectificationStatus\":\"PENDING\"}]}")),
            Map.entry("GET /api/enterprise/findings", new ApiAnswer(200, JSON, "[" + ENTERPRISE_FINDING + "]")),
            Map.entry("GET /api/enterprise/notices", new ApiAnswer(200, JSON, "[{\"id\":\"" + NOTICE_ID + "\","
                    + "\"kind\":\"RECHECK\",\"title\":\"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)\","
                    + "\"publishedAt\":\"2021-11-03T02:00:00Z\",\"deadline\":\"2021-11-09\",\"yearlyBatch\":11,"
                    + "\"cumulativeBatch\":20,\"itemCount\":1}]")),
            Map.entry("GET /api/enterprise/notices/{id}", new ApiAnswer(200, JSON, ENTERPRISE_NOTICE)),
            Map.entry("GET /api/findings", new ApiAnswer(200, JSON, "[" + FINDING + "]")),
            Map.entry("POST /api/findings", new ApiAnswer(201, JSON, "{\"batchId\":\"" + BATCH_ID + "\",\"written\":1,"
                    + "\"findingIds\":[1099511627777]}")),
            Map.entry("POST /api/findings/imports", new ApiAnswer(202, JSON, JOB)),
            Map.entry("PUT /api/findings/imports/{jobId}/file", new ApiAnswer(200, JSON, JOB_REJECTED)),
            Map.entry("GET /api/findings/imports/{jobId}", new ApiAnswer(200, JSON, JOB)),
            Map.entry("GET /api/public/notices", new ApiAnswer(200, JSON, "{\"page\":0,\"size\":20,\"total\":1,\"items\":["
                    + "{\"id\":\"" + NOTICE_ID + "\",\"kind\":\"RECHECK\",\"title\":\"关于侵害用户权益行为的APP“回头看”的通报"
                    + "(2021年第11批,总第20批)\",\"publishedAt\":\"2021-11-03T02:00:00Z\",\"deadline\":\"2021-11-09\","
                    + "\"appCount\":1}]}")),
            Map.entry("GET /api/public/notices/{id}", new ApiAnswer(200, JSON, PUBLIC_NOTICE)),
            Map.entry("GET /api/public/notices/{id}/document", new ApiAnswer(200, "text/html", "<!DOCTYPE html><html lang=\"zh\">"
                    + "<h1>关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)</h1><p>……上述APP应在2021年11月9日前完成整改……</p>"
                    + "<table><tr><th>序号</th><th>应用名称</th><th>应用开发者</th><th>应用来源</th><th>应用版本</th><th>所涉问题</th></tr>"
                    + "<tr><td>1</td><td>豆瓣</td><td>北京豆网科技有限公司</td><td>华为应用市场</td><td>7.18.0</td>"
                    + "<td>超范围收集个人信息</td></tr></table></html>")),
            Map.entry("GET /api/public/notices/{id}/table.csv", new ApiAnswer(200, "text/csv",
                    "附件,序号,应用名称,应用开发者,应用来源,应用版本,所涉问题\n\"附件 工业和信息化部通报的未完成整改APP名单\",1,豆瓣,北京豆网科技有限公司,华为应用市场,7.18.0,超范围收集个人信息\n")),
            Map.entry("GET /api/public/notices/{id}/table.xlsx", new ApiAnswer(200,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "(binary XLSX workbook, a sheet per annex: its heading, then 序号, 应用名称, 应用开发者, 应用来源, 应用版本, 所涉问题)")),
            Map.entry("GET /api/public/notices/{id}/document.pdf", new ApiAnswer(200, "application/pdf",
                    "(binary PDF/A-2b signed PAdES by 工业和信息化部信息通信管理局: the document and one annex table per "
                    + "reporting authority; the same bytes on every download)")),
            Map.entry("POST /api/public/documents/verification", new ApiAnswer(200, JSON, """
                    {"issued":true,"verdict":"Issued by 工业和信息化部信息通信管理局 and unchanged",
                     "verdictZh":"本系统签发的通报文书，内容未被改动",
                     "document":{"number":"2021年第11批，总第20批","kind":"RECHECK",
                      "title":"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)",
                      "issuer":"工业和信息化部信息通信管理局","signer":"CN=工业和信息化部信息通信管理局,O=工业和信息化部信息通信管理局,C=CN",
                      "signerCertificateSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                      "signedAt":"2021-11-03T02:00:05Z","servedOn":"2021-11-03",
                      "pdfSha256":"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae","replaces":null,
                      "replacedBy":null,"noticeId":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60"},
                     "signatures":[{"signer":"CN=工业和信息化部信息通信管理局,O=工业和信息化部信息通信管理局,C=CN",
                      "certificateSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                      "signedAt":"2021-11-03T02:00:05Z","intact":true,"wholeFile":true}]}""")),
            Map.entry("GET /api/public/feed.atom", new ApiAnswer(200, "application/atom+xml",
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>APP侵害用户权益通报</title><entry><title>"
                    + "关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)</title><id>urn:uuid:" + NOTICE_ID
                    + "</id><updated>2021-11-03T02:00:00Z</updated></entry></feed>")),
            Map.entry("GET /api/timeline/{packageName}", new ApiAnswer(200, JSON, """
                    [{"at":"2021-10-15T01:30:00Z","type":"FINDING","summary":"检测发现 7.18.0 @ huawei：collect-beyond-scope",
                      "noticeId":null,"itemId":null,"chainId":null,"findingId":1099511627777,"repeat":false},
                     {"at":"2021-11-03T02:00:00Z","type":"NOTICE_ITEM","summary":"RECHECK 关于侵害用户权益行为的APP“回头看”的通报",
                      "noticeId":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60","itemId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b",
                      "chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","findingId":null,"repeat":false}]""")),
            Map.entry("GET /api/reference/problem-kinds", new ApiAnswer(200, JSON, """
                    [{"code":"collect-beyond-scope","aspect":"personal-information","labelZh":"超范围收集个人信息",
                      "labelEn":"Collecting personal information beyond scope or frequency","introducedBy":"工信部信管函〔2020〕164号"}]""")),
            Map.entry("GET /api/reference/personal-info-kinds", new ApiAnswer(200, JSON, """
                    [{"code":"device-id","labelZh":"设备标识符","labelEn":"Device identifiers (IMEI, Android ID, OAID, MAC)"},
                     {"code":"contacts","labelZh":"通讯录","labelEn":"Contacts"}]""")),
            Map.entry("GET /api/dual-lists/{packageName}", new ApiAnswer(200, JSON, DUAL_LIST_CHECK)),
            Map.entry("GET /api/enterprise/dual-lists/apps", new ApiAnswer(200, JSON, """
                    [{"packageName":"com.douban.frodo","name":"豆瓣","versions":[
                      {"appVersion":"7.18.0","publishedVersion":1,"draftId":"2b4d6f80-1a3c-4e5f-8a7b-9c0d1e2f3a4b"}]}]""")),
            Map.entry("GET /api/enterprise/dual-lists/apps/{packageName}", new ApiAnswer(200, JSON,
                    DUAL_LIST_CHECK.replace("\"history\":null", "\"history\":[{\"id\":\"" + LIST_ID + "\","
                            + "\"appVersion\":\"7.18.0\",\"version\":2,\"status\":\"PUBLISHED\",\"collectedCount\":2,"
                            + "\"sharedCount\":1,\"updatedAt\":\"2021-11-05T02:00:00Z\","
                            + "\"publishedAt\":\"2021-11-05T03:00:00Z\"}]"))),
            Map.entry("PUT /api/enterprise/dual-lists/drafts", new ApiAnswer(201, JSON, DUAL_LIST)),
            Map.entry("GET /api/enterprise/dual-lists/{listId}", new ApiAnswer(200, JSON, DUAL_LIST)),
            Map.entry("POST /api/enterprise/dual-lists/{listId}/publication", new ApiAnswer(200, JSON, DUAL_LIST_PUBLISHED)),
            Map.entry("GET /api/reference/provinces", new ApiAnswer(200, JSON, """
                    [{"code":"44","nameZh":"广东省","nameEn":"Guangdong","bureauZh":"广东省通信管理局"}]""")),
            Map.entry("POST /api/batches", new ApiAnswer(201, JSON, BATCH)),
            Map.entry("GET /api/batches", new ApiAnswer(200, JSON, "[" + BATCH + "]")),
            Map.entry("GET /api/batches/{id}", new ApiAnswer(200, JSON, BATCH)),
            Map.entry("PUT /api/notices/{id}/items/{itemId}/rectification", new ApiAnswer(204, null, null)),
            Map.entry("POST /api/notices/{id}/items/{itemId}/lifting", new ApiAnswer(204, null, null)),
            Map.entry("POST /api/notices", new ApiAnswer(201, JSON, NOTICE_DRAFT)),
            Map.entry("POST /api/notices/from-findings", new ApiAnswer(201, JSON, NOTICE_DRAFT)),
            Map.entry("POST /api/notices/from-unrectified", new ApiAnswer(201, JSON, NOTICE_DRAFT)),
            Map.entry("PUT /api/notices/{id}", new ApiAnswer(200, JSON, NOTICE_DRAFT)),
            Map.entry("POST /api/notices/{id}/withdrawal", new ApiAnswer(200, JSON,
                    NOTICE_DRAFT.replace("\"status\":\"DRAFT\"", "\"status\":\"WITHDRAWN\"").replace("\"withdrawal\":null",
                            "\"withdrawal\":{\"reason\":\"名单有误，重新起草\",\"withdrawnBy\":\"wang.official\","
                            + "\"withdrawnAt\":\"2021-11-02T02:00:00Z\"}"))),
            Map.entry("GET /api/notices", new ApiAnswer(200, JSON, "[{\"id\":\"" + NOTICE_ID + "\",\"kind\":\"RECHECK\","
                    + "\"title\":\"关于侵害用户权益行为的APP“回头看”的通报(2021年第11批,总第20批)\",\"status\":\"PUBLISHED\","
                    + "\"draftedBy\":\"wang.official\",\"draftedAt\":\"2021-11-01T02:00:00Z\",\"publishedAt\":"
                    + "\"2021-11-03T02:00:00Z\",\"appCount\":1,\"deadline\":\"2021-11-09\",\"imported\":false}]")),
            Map.entry("GET /api/notices/{id}", new ApiAnswer(200, JSON, NOTICE)),
            Map.entry("POST /api/notices/{id}/approval", new ApiAnswer(200, JSON,
                    NOTICE_DRAFT.replace("\"status\":\"DRAFT\"", "\"status\":\"APPROVED\""))),
            Map.entry("POST /api/notices/{id}/publication", new ApiAnswer(200, JSON, NOTICE)),
            Map.entry("GET /api/reference/holidays", new ApiAnswer(200, JSON, "[" + CALENDAR + "]")),
            Map.entry("GET /api/reference/holidays/{year}", new ApiAnswer(200, JSON, CALENDAR)),
            Map.entry("PUT /api/reference/holidays/{year}", new ApiAnswer(200, JSON, CALENDAR)),
            Map.entry("GET /api/audit-trail/{service}", new ApiAnswer(200, JSON, """
                    {"entries":[{"seq":812,"recordedAt":"2021-11-03T02:00:00.123Z","txId":50211,"actor":"zhang.approver",
                      "table":"notice","operation":"UPDATE","rowKey":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60",
                      "before":"{\\"status\\": \\"APPROVED\\"}","after":"{\\"status\\": \\"PUBLISHED\\"}",
                      "chainSeq":640,"prevHash":"4be1c0...","hash":"a93f27..."}],"next":811}""")),
            Map.entry("GET /api/audit-trail/{service}/verification", new ApiAnswer(200, JSON, """
                    {"intact":true,"sealed":640,"unsealed":3,"brokenAtChainSeq":null,"reason":null,"headHash":"a93f27..."}""")),
            Map.entry("POST /api/admin/open-data/{service}/dumps", new ApiAnswer(201, JSON, OPEN_DATA_MANIFEST)),
            Map.entry("GET /api/public/open-data/{service}/manifests", new ApiAnswer(200, JSON,
                    "[" + OPEN_DATA_MANIFEST + "]")),
            Map.entry("GET /api/public/open-data/{service}/manifests/{date}", new ApiAnswer(200, JSON, OPEN_DATA_MANIFEST)),
            Map.entry("GET /api/public/open-data/{service}/files/{date}/{name}", new ApiAnswer(200, "text/csv", """
                    notice_id,notice_kind,notice_title,yearly_batch,cumulative_batch,published_at,public_since,...
                    5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60,TAKEDOWN,关于下架侵害用户权益APP名单的通报,,,2021-12-09T02:00:00Z,...""")),
            Map.entry("GET /api/public/open-data/{service}/statistics", new ApiAnswer(200, JSON, """
                    {"service":"notice-service","from":"2021-12-09","to":"2021-12-09","datasets":{
                     "notice-statistics":[{"day":"2021-12-09","notice_kind":"TAKEDOWN","notices":1,"apps":106,"archived_notices":1}],
                     "problem-statistics":[{"day":"2021-12-09","problem_code":"collect-beyond-scope",
                       "problem_zh":"超范围收集个人信息","problem_en":"Collecting personal information beyond scope","apps":40}]}}""")),
            Map.entry("GET /api/admin/parked-events/{service}", new ApiAnswer(200, JSON, """
                    [{"id":7,"eventId":"1f0e9d8c-7b6a-4954-8372-6f5e4d3c2b1a","consumer":"notice-service",
                      "eventType":"TakedownConfirmed","topic":"appstore.events","partition":0,"offset":4182,
                      "reason":"data does not match the TakedownConfirmed schema: missing storeCode",
                      "parkedAt":"2021-12-09T08:00:00Z","payload":"{\\"orderId\\":\\"...\\"}"}]""")));

    private ApiExamples() {
    }
}
