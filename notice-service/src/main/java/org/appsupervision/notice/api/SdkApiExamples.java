package org.appsupervision.notice.api;

import java.util.List;
import java.util.Map;
import org.appsupervision.notice.sdk.SdkProblem;
import org.appsupervision.platform.openapi.ApiAnswer;
import org.appsupervision.platform.problem.ProblemType;
import org.appsupervision.platform.problem.ProblemTypes;

/** Request and answer examples and extra problems of the SDK registry, its embeddings and follow-ups. */
final class SdkApiExamples {

    static final String JSON = ApiExamples.JSON;

    static final String SDK_REQUEST = """
            {"code":"umeng-analytics","nameZh":"友盟+统计SDK","nameEn":"Umeng+ Analytics SDK",
             "providerName":"友盟同欣（北京）科技有限公司","providerCreditCode":"91110108MA0DKU0015",
             "providerProvinceCode":"11","packagePrefixes":["com.umeng"],
             "signatures":["3f5e9a0c1b2d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"],
             "versions":["9.6.3","9.6.5"]}""";

    static final String SDK = """
            {"code":"umeng-analytics","nameZh":"友盟+统计SDK","nameEn":"Umeng+ Analytics SDK",
             "providerName":"友盟同欣（北京）科技有限公司","providerCreditCode":"91110108MA0DKU0015",
             "providerProvinceCode":"11","active":true,"packagePrefixes":["com.umeng"],
             "signatures":["3f5e9a0c1b2d4e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"],
             "versions":["9.6.3","9.6.5"],"appCount":2}""";

    static final String APP_SDKS = """
            {"items":[{"code":"umeng-analytics","nameZh":"友盟+统计SDK","nameEn":"Umeng+ Analytics SDK",
             "providerName":"友盟同欣（北京）科技有限公司","versions":["9.6.3"],"appVersions":["7.18.0"],
             "lastSeen":"2021-10-15T01:30:00Z"}]}""";

    static final String SDK_APPS = """
            {"items":[{"packageName":"com.douban.frodo","appName":"豆瓣","operatorName":"北京豆网科技有限公司",
             "operatorCreditCode":"91110108551385082Q","sdkVersions":["9.6.3"],"appVersions":["7.18.0"],
             "lastSeen":"2021-10-15T01:30:00Z"}]}""";

    static final Map<String, Map<String, String>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/sdks", Map.of(JSON, SDK_REQUEST)),
            Map.entry("PUT /api/sdks/{code}", Map.of(JSON, SDK_REQUEST.replace("\"versions\"", "\"active\":true,\"versions\""))),
            Map.entry("POST /api/sdks/{code}/versions", Map.of(JSON, "{\"version\":\"9.7.0\"}")),
            Map.entry("POST /api/sdks/{code}/follow-up-drafts", Map.of(JSON,
                    "{\"versions\":[\"9.6.3\"],\"problemCodes\":[\"collect-beyond-scope\"]}")),
            Map.entry("PUT /api/apps/{packageName}/sdks", Map.of(JSON,
                    "{\"appVersion\":\"7.18.0\",\"sdks\":[{\"sdk\":\"umeng-analytics\",\"version\":\"9.6.3\"}]}")));

    static final Map<String, ApiAnswer> ANSWERS = Map.ofEntries(
            Map.entry("POST /api/sdks", new ApiAnswer(201, JSON, SDK)),
            Map.entry("PUT /api/sdks/{code}", new ApiAnswer(200, JSON, SDK)),
            Map.entry("POST /api/sdks/{code}/versions", new ApiAnswer(200, JSON, SDK)),
            Map.entry("GET /api/sdks", new ApiAnswer(200, JSON, "{\"items\":[" + SDK + "]}")),
            Map.entry("GET /api/sdks/{code}", new ApiAnswer(200, JSON, SDK)),
            Map.entry("GET /api/sdks/{code}/apps", new ApiAnswer(200, JSON, SDK_APPS)),
            Map.entry("POST /api/sdks/{code}/follow-up-drafts", new ApiAnswer(201, JSON, ApiExamples.NOTICE)),
            Map.entry("GET /api/apps/{packageName}/sdks", new ApiAnswer(200, JSON, APP_SDKS)),
            Map.entry("PUT /api/apps/{packageName}/sdks", new ApiAnswer(200, JSON, APP_SDKS)));

    static final Map<String, List<ProblemType>> PROBLEMS = Map.ofEntries(
            Map.entry("POST /api/sdks", List.of(ProblemTypes.CONFLICT, SdkProblem.PREFIX_OVERLAP)),
            Map.entry("PUT /api/sdks/{code}", List.of(ProblemTypes.CONFLICT, SdkProblem.PREFIX_OVERLAP)),
            Map.entry("POST /api/sdks/{code}/follow-up-drafts", List.of(SdkProblem.NO_EMBEDDING_APPS)));

    private SdkApiExamples() {
    }
}
