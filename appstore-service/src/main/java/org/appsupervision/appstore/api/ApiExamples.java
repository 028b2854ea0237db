package org.appsupervision.appstore.api;

import java.util.Map;
import org.appsupervision.platform.openapi.ApiAnswer;

/**
 * Request and answer examples of the OpenAPI document, keyed by method and path, so a store integrator can work from
 * it alone.
 */
public final class ApiExamples {

    public static final String PROBLEM_JSON = "application/problem+json";

    static final String JSON = "application/json";

    public static final String ORDER = """
            {"id":"0b6f9f5e-3c1a-4c59-9a53-3a2f4b7e6d11","noticeId":"5d0c1c7e-8e1b-4a7e-9f1e-0c2b3d4e5f60",
             "itemId":"7a1e2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b","chainId":"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "noticeTitle":"关于下架侵害用户权益APP名单的通报","appName":"豆瓣","packageName":"com.douban.frodo",
             "appVersion":"7.1.0","operatorName":"北京豆网科技有限公司","storeCode":"huawei","status":"PENDING",
             "overdue":false,"orderedAt":"2021-06-01T08:00:00Z","deadline":"2021-06-02T08:00:00Z","confirmedAt":null,
             "removedAt":null,"listingReference":null,"note":null,"kind":"TAKEDOWN","acknowledgedAt":null,
             "objection":null}""";

    public static final String PAGE = "{\"orders\":[" + ORDER + "],\"next\":\"MjAyMS0wNi0wMVQwODowMDowMFp8MGI2ZjlmNWU\"}";

    public static final String CONFIRMATION = """
            {"removedAt":"2021-06-01T09:30:00Z","listingReference":"https://appgallery.huawei.com/app/C100000",
             "note":"已下架"}""";

    public static final String OBJECTION = """
            {"reasonCode":"NOT_LISTED","reasonText":"本商店未上架该应用"}""";

    public static final String BULK = """
            {"items":[{"orderId":"0b6f9f5e-3c1a-4c59-9a53-3a2f4b7e6d11","removedAt":"2021-06-01T09:30:00Z"},
                      {"orderId":"1c7a0a6f-4d2b-4d6a-8b64-4b3a5c8f7e22","removedAt":"2021-06-01T09:31:00Z"}]}""";

    public static final String BULK_RESULTS = """
            {"confirmed":1,"failed":1,"results":[
             {"orderId":"0b6f9f5e-3c1a-4c59-9a53-3a2f4b7e6d11","status":200,"order":{"id":"0b6f9f5e-3c1a-4c59-9a53-3a2f4b7e6d11","status":"CONFIRMED"}},
             {"orderId":"1c7a0a6f-4d2b-4d6a-8b64-4b3a5c8f7e22","status":404,"problemType":"/problems/not-found",
              "detail":"Order 1c7a0a6f-4d2b-4d6a-8b64-4b3a5c8f7e22 does not exist"}]}""";

    public static final String CSV_UPLOAD = """
            packageName,appName,removedAt,reason
            com.example.one,示例一,2021-03-01T08:00:00Z,违规收集个人信息
            com.example.two,"示例, 二",2021-03-02T08:00:00Z,
            """;

    public static final String NDJSON_UPLOAD = """
            {"packageName":"com.example.one","appName":"示例一","removedAt":"2021-03-01T08:00:00Z","reason":"自查下架"}
            {"packageName":"com.example.two","appName":"示例二","removedAt":"2021-03-02T08:00:00Z"}
            """;

    public static final String UPLOAD = """
            {"id":"3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b","storeCode":"huawei","uploadKey":"removals-2021-03",
             "removals":2,"firstRemovedAt":"2021-03-01T08:00:00Z","lastRemovedAt":"2021-03-02T08:00:00Z",
             "uploadedAt":"2021-03-05T10:00:00Z"}""";

    public static final String UPLOAD_INVALID = """
            {"type":"/problems/validation","title":"请求内容无效 / Invalid request","status":400,
             "detail":"2 line(s) are invalid; nothing was written","instance":"/api/store/proactive-removals",
             "errors":[{"field":"line 2","message":"packageName 'not a package' is not a package name; appName is missing"},
                       {"field":"line 4","message":"removedAt 'yesterday' is not an ISO-8601 instant"}]}""";

    static final String LEVEL = """
            {"takedownTarget":"PT12H","takedownTargetSeconds":43200,"source":"SET","changedBy":"admin",\
            "changedAt":"2021-06-01T08:00:00Z","reason":"部通知：收到下架通知后12小时内处理"}""";

    static final Map<String, Map<String, String>> REQUESTS = Map.of(
            "POST /api/store/orders/{id}/confirmation", Map.of(JSON, CONFIRMATION),
            "POST /api/store/orders/{id}/objection", Map.of(JSON, OBJECTION),
            "POST /api/store/orders/confirmations", Map.of(JSON, BULK),
            "POST /api/store/proactive-removals", Map.of("text/csv", CSV_UPLOAD, "application/x-ndjson", NDJSON_UPLOAD),
            "PUT /api/service-level", Map.of(JSON, "{\"takedownTarget\":\"PT12H\",\"reason\":\"部通知：收到下架通知后12小时内处理\"}"));

    static final Map<String, ApiAnswer> ANSWERS = Map.ofEntries(
            Map.entry("GET /api/store/orders", new ApiAnswer(200, JSON, PAGE,
                    "one page and the cursor of the next (null on the last page)")),
            Map.entry("GET /api/store/orders/{id}", new ApiAnswer(200, JSON, ORDER, "the order")),
            Map.entry("POST /api/store/orders/{id}/acknowledgement", new ApiAnswer(200, JSON, ORDER, "the order")),
            Map.entry("POST /api/store/orders/{id}/confirmation", new ApiAnswer(200, JSON, ORDER, "the confirmed order")),
            Map.entry("POST /api/store/orders/{id}/objection", new ApiAnswer(200, JSON, ORDER, "the order, now OBJECTED")),
            Map.entry("POST /api/store/orders/confirmations", new ApiAnswer(200, JSON, BULK_RESULTS,
                    "a result per item, in the order of the request")),
            Map.entry("POST /api/store/proactive-removals", new ApiAnswer(201, JSON, UPLOAD, "the upload was written")),
            Map.entry("GET /api/service-level", new ApiAnswer(200, JSON, LEVEL)),
            Map.entry("PUT /api/service-level", new ApiAnswer(200, JSON, LEVEL)),
            Map.entry("DELETE /api/service-level", new ApiAnswer(200, JSON,
                    "{\"takedownTarget\":\"PT24H\",\"takedownTargetSeconds\":86400,\"source\":\"CONFIGURED\"}")));

    private ApiExamples() {
    }
}
