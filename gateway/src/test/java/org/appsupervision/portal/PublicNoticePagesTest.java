package org.appsupervision.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.PublicNotices;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The public notice pages without login, against the stand-in notice-service's published notice. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class PublicNoticePagesTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification reader() {
        return caller.anonymous().redirects().follow(false);
    }

    @Test
    void anyoneSearchesPublishedNoticesWithoutLogin() {
        reader().get("/notices?app=豆瓣").then().statusCode(200)
                .body(containsString(PublicNotices.TITLE), containsString("href=\"/notices/" + PublicNotices.NOTICE_ID + "\""),
                        containsString("下架通报"), containsString("/api/public/feed.atom"), containsString("共 1 份通报"));
        reader().get("/notices?app=微信").then().statusCode(200)
                .body(containsString("没有符合条件的通报"), not(containsString(PublicNotices.TITLE)));
    }

    @Test
    void aWrongDateIsShownNextToItsFieldAndNothingIsAsked() {
        reader().get("/notices?from=9.12.2021").then().statusCode(200)
                .body(containsString("id=\"from-error\""), containsString("aria-invalid=\"true\""),
                        not(containsString("共 ")));
    }

    @Test
    void aNoticeReadsLikeTheMinistrysDocumentWithItsExports() {
        reader().get("/notices/" + PublicNotices.NOTICE_ID).then().statusCode(200)
                .body(containsString("各有关单位："), containsString("附件所列1款APP"), containsString("2021年12月9日"),
                        containsString("<th scope=\"col\">应用开发者</th>"), containsString("北京豆网科技有限公司"),
                        containsString("附件1：工业和信息化部下架的应用软件名单"), containsString("附件2：山西省通信管理局下架的应用软件名单"),
                        containsString("会同各省（自治区、直辖市）通信管理局"),
                        containsString("属地通信管理局应对APP运营主体依法予以行政处罚。"),
                        containsString("/api/public/notices/" + PublicNotices.NOTICE_ID + "/table.csv"),
                        containsString("/api/public/notices/" + PublicNotices.NOTICE_ID + "/table.xlsx"),
                        containsString("/api/public/notices/" + PublicNotices.NOTICE_ID + "/document.pdf"),
                        containsString("PDF（已签名）"));
        reader().cookie("lang", "en").get("/notices/" + PublicNotices.NOTICE_ID).then().statusCode(200)
                .body(containsString("official Chinese wording"), containsString("各有关单位："),
                        containsString("Signed PDF"));
    }

    @Test
    void anUnknownNoticeIsAPageNotFound() {
        reader().get("/notices/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("页面不存在"));
        reader().get("/notices/not-a-uuid").then().statusCode(404).contentType(containsString("text/html"));
    }
}
