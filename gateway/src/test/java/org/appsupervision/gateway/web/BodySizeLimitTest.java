package org.appsupervision.gateway.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.RawRequests;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** The gateway's own endpoints refuse a body over their limit before reading it, declared or streamed. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class BodySizeLimitTest {

    private final Caller caller = Caller.fresh();

    @Test
    void aLoginBodyDeclaredOverTheLimitIsRefusedWithoutBeingSent() {
        // Headers only: the 2 MB body is never sent, so an answer proves the gateway did not wait to read it.
        String answer = RawRequests.answerToHead("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                + caller.address() + "\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("/problems/payload-too-large"), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
    }

    @Test
    void aClientThatExpectsContinueIsToldTheBodyIsTooLargeInstead() {
        String answer = RawRequests.answerToHead("PUT /api/findings/imports/42/file HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: " + caller.address() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertFalse(answer.contains("100 Continue"), answer);
    }

    @Test
    void aStreamedLoginBodyThatWouldNeverEndIsCut() {
        // The gateway's own endpoints read their bodies whole, so they take none of unknown length.
        String answer = RawRequests.answerToNeverEndingBody(chunked("/auth/login", "application/json"));
        assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
    }

    @Test
    void aStreamedTokenRequestThatWouldNeverEndIsCut() {
        String answer = RawRequests.answerToNeverEndingBody(chunked("/oauth2/token", "application/x-www-form-urlencoded"));
        assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
    }

    @Test
    void theRefusalOfAStreamedBodyIsAProblem() {
        String answer = RawRequests.answerToHead(chunked("/login", "application/x-www-form-urlencoded"));
        assertTrue(answer.startsWith("HTTP/1.1 411"), answer);
        assertTrue(answer.contains("/problems/length-required"), answer);
    }

    @Test
    void anAdminBodyOverTheGatewaysLimitIsRefused() {
        String admin = caller.login("admin");
        String answer = RawRequests.answerToHead("POST /admin/accounts HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: "
                + caller.address() + "\r\nAuthorization: Bearer " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: 300000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("/problems/payload-too-large"), answer);
    }

    @Test
    void aLoginOfOrdinarySizeStillWorks() {
        caller.login("wang.official");
    }

    private String chunked(String path, String contentType) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + caller.address()
                + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    }
}
