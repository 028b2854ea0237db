package org.appsupervision.portal.opendata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * The public open-data pages at the gateway with stubbed services (penalty-service is down here): each day's files
 * with sizes, rows, checksums and the licence, in both languages, and the charts drawn as SVG with their figures.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class OpenDataPageTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification reader() {
        return caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void anyoneSeesEachDaysFilesWithSizesRowsChecksumsAndTheLicence() {
        reader().get("/open-data").then().statusCode(200).contentType(containsString("text/html")).body(
                containsString("开放数据"), containsString("可自由使用，注明出处"),
                containsString("href=\"/api/public/open-data/notice-service/files/2021-12-09/notices-2021-12-09.csv\""),
                containsString("<td>1432</td><td>9</td><td><code>" + "9f".repeat(32) + "</code>"),
                containsString("还没有数据文件"), containsString("暂时无法读取该服务的数据"));
        reader().cookie("lang", "en").get("/open-data").then().statusCode(200).body(containsString("Open data"),
                containsString("Licence: CC BY 4.0"), containsString("No data files yet"));
    }

    @Test
    void theStatisticsPageDrawsTheFiguresAsSvgWithoutScripts() {
        reader().get("/open-data/statistics").then().statusCode(200).body(containsString("<svg"),
                containsString("每日发布的通报"), containsString("<th scope=\"row\">2021-12-09</th><td>3</td>"),
                containsString("超范围收集个人信息"), containsString("<th scope=\"row\">华为应用市场</th><td>7</td><td>6</td><td>1</td>"),
                not(containsString("<script src=\"http")));
        reader().cookie("lang", "en").get("/open-data/statistics?from=bad").then().statusCode(200)
                .body(containsString("Huawei AppGallery"), containsString("Collecting beyond scope"));
    }
}
