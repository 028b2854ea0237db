package org.appsupervision.portal.verify;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.RawRequests;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/**
 * The public verification page at the gateway alone (penalty-service is not running here, notice-service is a stub;
 * the packaged suite's PortalIT verifies a real decision): both languages, no login, refusals of what is no file or
 * too large, a notice PDF recognised by notice-service.
 */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class VerifyPageTest {

    private final Caller caller = Caller.fresh();

    private RequestSpecification reader() {
        return caller.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin");
    }

    @Test
    void anyoneOpensTheVerificationPageInChineseOrEnglish() {
        reader().get("/verify").then().statusCode(200).body(containsString("文书核验"),
                containsString("enctype=\"multipart/form-data\""), containsString("name=\"file\""));
        reader().cookie("lang", "en").get("/verify").then().statusCode(200).body(containsString("Verify a document"));
    }

    /** A form upload as a browser sends it: multipart with a Content-Length (rest-assured would stream it). */
    static byte[] form(String field, String fileName, byte[] content) {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf") + "\r\n\r\n";
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length() + content.length + tail.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(content, 0, body, head.length(), content.length);
        System.arraycopy(tail, 0, body, head.length() + content.length, tail.length);
        return body;
    }

    static final String BOUNDARY = "verify-boundary-7f3a";

    private RequestSpecification upload(byte[] body) {
        return reader().contentType("multipart/form-data; boundary=" + BOUNDARY).body(body);
    }

    @Test
    void anUploadWithoutAFileIsRefusedOnThePage() {
        upload(form("note", null, "no file here".getBytes(StandardCharsets.UTF_8))).post("/verify").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("请选择一个PDF文件"));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeTheGatewayReadsIt() {
        // Headers only: the 11 MB body is never sent, so an answer proves the gateway did not wait to read it.
        String answer = RawRequests.answerToHead("POST /verify HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                + caller.address() + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 11534336\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void aBodyThatIsNoFormIsRefusedWithoutAServerError() {
        for (byte[] body : new byte[][] {new byte[0], {'a', 0, 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, '\n'}}) {
            int status = reader().contentType("multipart/form-data").body(body).post("/verify").then().extract().statusCode();
            assertTrue(status >= 400 && status < 500, "answered " + status);
        }
        reader().contentType("application/json").body("{}").post("/verify").then().statusCode(415);
    }

    @Test
    void whenPenaltyServiceIsDownThePageSaysSo() {
        upload(form("file", "decision.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).post("/verify")
                .then().statusCode(400).body(containsString("服务暂不可用"));
        reader().get("/verify?number=京通罚〔2026〕1号").then().statusCode(200).body(containsString("服务暂不可用"));
    }

    @Test
    void aPdfThatNoticeServiceIssuedIsConfirmedEvenWhilePenaltyServiceIsDown() {
        upload(form("file", "notice.pdf", "%PDF-1.7\nNOTICE-ISSUED\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .post("/verify").then().statusCode(200)
                .body(containsString("data-issued=\"true\""), containsString("本系统签发的通报文书，内容未被改动"),
                        containsString("工业和信息化部信息通信管理局"), containsString("2021年第11批，总第20批"));
    }
}
