package org.appsupervision.portal.channel;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.ChannelStubs;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * The distribution channels on the portal's pages at the gateway alone (appstore-service is the stand-in of
 * {@link ChannelStubs}: an app store and a handset maker): the registry's kinds and filter, a maker's preinstallations,
 * the takedown board's maker rows, the dashboard's maker chart and the app page's "preinstalled by", in both languages.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class ChannelPagesTest {

    private static final String PERIOD = "from=2025-01-01&to=2025-12-31";

    private final Caller caller = Caller.fresh();

    private RequestSpecification as(String username) {
        String token = caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                .formParam("username", username).formParam("password", Caller.PASSWORD).formParam("return", "/portal")
                .post("/login").then().statusCode(303).extract().cookie("supervision_token");
        return caller.anonymous().redirects().follow(false).cookie("supervision_token", token);
    }

    /** The part of a page from the row of one channel to the end of that row. */
    private static String row(String html, String code) {
        int start = html.indexOf("<tr data-store=\"" + code + "\"");
        assertTrue(start >= 0, "a row of " + code);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void theRegistryShowsAppStoresAndHandsetMakersInTheirOwnRowsAndOnlyAMakerLinksItsPreinstallations() {
        String html = as("sun.auditor").get("/portal/stores?" + PERIOD).then().statusCode(200)
                .body(containsString("应用商店（上架）"), containsString("手机厂商（预置）"),
                        containsString("data-kind=\"APP_STORE\""), containsString("data-kind=\"HANDSET_MAKER\""))
                .extract().asString();
        assertTrue(html.indexOf("data-kind=\"APP_STORE\"") < html.indexOf("data-kind=\"HANDSET_MAKER\""),
                "app stores first");
        assertTrue(row(html, ChannelStubs.MAKER).contains("href=\"/portal/stores/" + ChannelStubs.MAKER + "/preinstallations\""));
        assertFalse(row(html, ChannelStubs.STORE).contains("/preinstallations"), "an app store has no preinstallations");
    }

    @Test
    void theRegistryFiltersByKindAndKeepsTheKindInThePeriodForm() {
        String html = as("sun.auditor").get("/portal/stores?" + PERIOD + "&kind=HANDSET_MAKER").then().statusCode(200)
                .body(containsString("荣耀（测试）"), not(containsString("渠道测试商店")),
                        containsString("<input type=\"hidden\" name=\"kind\" value=\"HANDSET_MAKER\">"))
                .extract().asString();
        assertTrue(html.contains("kind=HANDSET_MAKER\" aria-current=\"page\""), "the chosen kind is marked");
        as("sun.auditor").get("/portal/stores?" + PERIOD + "&kind=APP_STORE").then().statusCode(200)
                .body(containsString("渠道测试商店"), not(containsString("荣耀（测试）")));
        // an unknown kind is no filter: both kinds, and no hidden kind in the form
        as("sun.auditor").get("/portal/stores?" + PERIOD + "&kind=SATELLITE").then().statusCode(200)
                .body(containsString("渠道测试商店"), containsString("荣耀（测试）"), not(containsString("name=\"kind\"")));
    }

    @Test
    void aChannelsPageNamesItsKindAndOnlyAMakersPageLinksItsPreinstallations() {
        as("zhao.bj").get("/portal/stores/" + ChannelStubs.MAKER).then().statusCode(200)
                .body(containsString("data-kind=\"HANDSET_MAKER\">手机厂商 "), containsString("登记后不可更改"),
                        containsString("href=\"/portal/stores/" + ChannelStubs.MAKER + "/preinstallations\""));
        as("zhao.bj").get("/portal/stores/" + ChannelStubs.STORE).then().statusCode(200)
                .body(containsString("data-kind=\"APP_STORE\">应用商店 "), not(containsString("/preinstallations")));
        as("zhao.bj").cookie("lang", "en").get("/portal/stores/" + ChannelStubs.MAKER).then().statusCode(200)
                .body(containsString("data-kind=\"HANDSET_MAKER\">Handset maker "), containsString("Preinstalled apps"));
    }

    @Test
    void aMakersPreinstallationsListTheAppsOfEachModelLine() {
        String html = as("wang.official").get("/portal/stores/" + ChannelStubs.MAKER + "/preinstallations")
                .then().statusCode(200)
                .body(containsString("预置应用 · 荣耀（测试）"), containsString("data-model-line=\"Magic6\""),
                        containsString("data-model-line=\"X50\""), containsString("机型系列 · Magic6"),
                        containsString("href=\"/portal/apps/" + ChannelStubs.PREINSTALLED + "\""), containsString("天气"),
                        containsString("2 个应用"), containsString("href=\"/portal/stores\" aria-current=\"page\""))
                .extract().asString();
        assertTrue(html.indexOf("Magic6") < html.indexOf("X50"), "model lines in the service's order");
        as("wang.official").cookie("lang", "en").get("/portal/stores/" + ChannelStubs.MAKER + "/preinstallations")
                .then().statusCode(200)
                .body(containsString("Preinstalled apps · 荣耀（测试）"), containsString("Model line · X50"),
                        containsString("2 apps"), containsString("Handset maker"));
    }

    @Test
    void anAppStoresPreinstallationsPageSaysTheKindDoesNotTakeIt() {
        as("wang.official").get("/portal/stores/" + ChannelStubs.STORE + "/preinstallations").then().statusCode(200)
                .body(containsString("该渠道类型不支持此操作"), not(containsString("data-model-line")),
                        not(containsString("该手机厂商尚未报送预置应用")));
    }

    @Test
    void preinstallationsAreForLoggedInStaffOnly() {
        caller.anonymous().redirects().follow(false).get("/portal/stores/" + ChannelStubs.MAKER + "/preinstallations")
                .then().statusCode(303);
    }

    @Test
    void theBoardShowsTheAppStoresFirstAndTheMakersInTheirOwnRowsWithTheirActionAndModelLines() {
        String html = as("wang.official").get("/portal/boards/" + ChannelStubs.NOTICE_ID).then().statusCode(200)
                .body(containsString("id=\"board-makers\""), containsString("手机厂商（预置）"),
                        containsString("从预置中移除，并在下一次系统更新中推送卸载或停用"),
                        containsString("Magic6、X50"), containsString("荣耀（测试）"))
                .extract().asString();
        int storeGrid = html.indexOf("<th scope=\"col\" title=\"" + ChannelStubs.STORE + "\">");
        assertTrue(storeGrid >= 0, "the app store is a column of the grid");
        assertTrue(storeGrid < html.indexOf("id=\"board-makers\""), "app stores first");
        assertFalse(html.contains("title=\"" + ChannelStubs.MAKER + "\">荣耀（测试）</th>"), "a maker is no store column");
        String makerRow = row(html, ChannelStubs.MAKER);
        assertTrue(makerRow.contains("已接收") && makerRow.contains("预置测试应用"), makerRow);
        as("wang.official").cookie("lang", "en").get("/portal/boards/" + ChannelStubs.NOTICE_ID).then().statusCode(200)
                .body(containsString("Handset makers (preinstallation)"),
                        containsString("Remove from preinstallation and push removal or disable in the next system update"));
        as("li.approver").header("HX-Request", "true").get("/portal/boards/" + ChannelStubs.NOTICE_ID + "/grid")
                .then().statusCode(200).body(containsString("id=\"board-makers\""), not(containsString("<html")));
    }

    @Test
    void theDashboardChartsTheMakersApartFromTheStores() {
        String html = as("wang.official").get("/portal").then().statusCode(200)
                .body(containsString("id=\"chart-makers\""), containsString("手机厂商：按时确认预置下架"))
                .extract().asString();
        String stores = html.substring(html.indexOf("id=\"chart-stores-title\""), html.indexOf("id=\"chart-makers-title\""));
        assertTrue(stores.contains("渠道测试商店") && !stores.contains("荣耀（测试）"), "the stores' chart has no maker");
        String makers = html.substring(html.indexOf("id=\"chart-makers-title\""));
        assertTrue(makers.contains("荣耀（测试）"), "the makers' chart has the maker");
    }

    @Test
    void theAppPageListsTheMakersPreinstallingIt() {
        as("wang.official").get("/portal/apps/" + ChannelStubs.PREINSTALLED).then().statusCode(200)
                .body(containsString("id=\"preinstalled-by\""), containsString("预置于"),
                        containsString("href=\"/portal/stores/" + ChannelStubs.MAKER + "/preinstallations\">荣耀（测试）</a>"),
                        containsString("Magic6、X50"));
        as("wang.official").cookie("lang", "en").get("/portal/apps/" + ChannelStubs.PREINSTALLED).then().statusCode(200)
                .body(containsString("Preinstalled by"), containsString(">Honor (test)</a>"));
    }

    @Test
    void theAppPageSaysWhenNoMakerPreinstallsTheAppOrTheServiceFails() {
        as("wang.official").get("/portal/apps/com.chan.none").then().statusCode(200)
                .body(containsString("没有手机厂商报送预置此应用"), not(containsString("class=\"preinstalled-by\"")));
        as("wang.official").get("/portal/apps/" + ChannelStubs.BROKEN).then().statusCode(200)
                .body(containsString("应用商店服务暂时不可用，无法显示预置信息"), containsString("id=\"preinstalled-by\""));
    }

    @Test
    void anAdminRegistersAHandsetMakerWithItsKindAndSeesARefusalBesideItsField() {
        RequestSpecification admin = as("admin");
        admin.get("/portal/stores?" + PERIOD).then().statusCode(200).body(containsString("href=\"/portal/admin/channels/new\""));
        admin.get("/portal/admin/channels/new").then().statusCode(200)
                .body(containsString("id=\"kind-APP_STORE\" name=\"kind\" value=\"APP_STORE\" aria-describedby=\"kind-hint\" checked"),
                        containsString("value=\"HANDSET_MAKER\""), containsString("登记后不可更改"));
        admin.header("Sec-Fetch-Site", "same-origin").formParam("code", "vivo-phone").formParam("nameZh", "vivo 手机")
                .formParam("nameEn", "vivo phones").formParam("company", "维沃移动通信有限公司").formParam("provinceCode", "44")
                .formParam("kind", "HANDSET_MAKER").post("/portal/admin/channels/new")
                .then().statusCode(303).header("Location", containsString("/portal/stores/vivo-phone"));
        org.junit.jupiter.api.Assertions.assertEquals("HANDSET_MAKER", ChannelStubs.LAST_REGISTRATION.get().getString("kind"));
        org.junit.jupiter.api.Assertions.assertFalse(ChannelStubs.LAST_REGISTRATION.get().containsKey("companyCreditCode"),
                "an empty optional field is not sent");
        as("admin").cookie("lang", "en").header("Sec-Fetch-Site", "same-origin").formParam("code", "vivo-phone")
                .formParam("nameZh", "vivo 手机").formParam("nameEn", "vivo phones").formParam("company", "维沃")
                .formParam("provinceCode", "Guangdong").formParam("kind", "HANDSET_MAKER").post("/portal/admin/channels/new")
                .then().statusCode(400)
                .body(containsString("id=\"reg-provinceCode-error\">must be a two-digit GB/T 2260 province code"),
                        containsString("value=\"Guangdong\""), containsString("Province code (two digits)"),
                        containsString("id=\"kind-HANDSET_MAKER\" name=\"kind\" value=\"HANDSET_MAKER\" aria-describedby=\"kind-hint\" checked"));
    }

    @Test
    void onlyAnAdminRegistersChannels() {
        as("wang.official").get("/portal/admin/channels/new").then().statusCode(403);
        as("wang.official").get("/portal/stores?" + PERIOD).then().statusCode(200)
                .body(not(containsString("href=\"/portal/admin/channels/new\"")));
        as("wang.official").header("Sec-Fetch-Site", "same-origin").formParam("code", "x").post("/portal/admin/channels/new")
                .then().statusCode(403);
    }
}
