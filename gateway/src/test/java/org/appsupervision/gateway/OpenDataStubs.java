package org.appsupervision.gateway;

import io.vertx.core.http.HttpServerRequest;

/** notice-service's and appstore-service's open-data API as stubs: one day's manifest each, and statistics. */
final class OpenDataStubs {

    private OpenDataStubs() {
    }

    static boolean answers(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/api/public/open-data/notice-service/manifests")) {
            return json(request, """
                    [{"service":"notice-service","date":"2021-12-09","generatedAt":"2021-12-10T18:00:00Z",
                      "licence":"CC BY 4.0 · 可自由使用，注明出处 / free to reuse with attribution","files":[
                      {"name":"notices-2021-12-09.csv","dataset":"notices","format":"csv","mediaType":"text/csv",
                       "sha256":"%s","bytes":1432,"rows":9}]}]""".formatted("9f".repeat(32)));
        }
        if (path.equals("/api/public/open-data/notice-service/statistics")) {
            return json(request, """
                    {"service":"notice-service","from":"2021-12-01","to":"2021-12-30","datasets":{
                     "notice-statistics":[{"day":"2021-12-09","notice_kind":"TAKEDOWN","notices":3,"apps":106,"archived_notices":1}],
                     "problem-statistics":[{"day":"2021-12-09","problem_code":"collect-beyond-scope",
                       "problem_zh":"超范围收集个人信息","problem_en":"Collecting beyond scope","apps":40}]}}""");
        }
        if (path.equals("/api/public/open-data/appstore-service/manifests")) {
            return json(request, "[]");
        }
        if (path.equals("/api/public/open-data/appstore-service/statistics")) {
            return json(request, """
                    {"service":"appstore-service","from":"2021-12-01","to":"2021-12-30","datasets":{
                     "store-statistics":[{"day":"2021-12-10","store_code":"huawei","store_zh":"华为应用市场",
                       "store_en":"Huawei AppGallery","confirmed":7,"confirmed_in_time":6,"overdue":1,"objected":0,
                       "reinstated":0,"median_hours_to_confirm":5.5}]}}""");
        }
        return false;
    }

    private static boolean json(HttpServerRequest request, String body) {
        request.response().putHeader("Content-Type", "application/json").end(body);
        return true;
    }
}
