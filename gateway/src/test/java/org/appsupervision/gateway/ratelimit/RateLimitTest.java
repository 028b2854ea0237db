package org.appsupervision.gateway.ratelimit;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.appsupervision.devstack.DevStackResource;
import org.appsupervision.gateway.Caller;
import org.appsupervision.gateway.StubServices;
import org.junit.jupiter.api.Test;

/** Brute force on the login and token endpoints meets the lockout and then the rate limit; where buckets live. */
@QuarkusTest
@WithTestResource(value = DevStackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
class RateLimitTest {

    @jakarta.inject.Inject
    RateLimits limits;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void aBucketGivesItsAllowanceThenNamesTheWaitWhereverItLives() {
        for (RateLimits.Scope scope : RateLimits.Scope.values()) {
            RateLimits.Limit limit = new RateLimits.Limit("test|" + scope + "|" + System.nanoTime(), 2, scope);
            assertTrue(limits.take(java.util.List.of(limit)).isZero());
            assertTrue(limits.take(java.util.List.of(limit)).isZero());
            java.time.Duration wait = limits.take(java.util.List.of(limit));
            assertTrue(wait.toMillis() > 0 && wait.toSeconds() <= 30, scope + " wait " + wait);
        }
    }

    @Test
    void aSyncedBucketSpentByOneReplicaIsSpentForTheOthers() {
        RateLimits first = new RateLimits(dataSource);
        RateLimits second = new RateLimits(dataSource);
        RateLimits.Limit limit = new RateLimits.Limit("test|synced|" + System.nanoTime(), 60, RateLimits.Scope.SYNCED);
        int allowedByFirst = 0;
        for (int i = 0; i < 70; i++) {
            if (first.take(java.util.List.of(limit)).isZero()) {
                allowedByFirst++;
            }
        }
        // 60 a minute: the first replica spends the whole allowance (plus what refilled meanwhile), then is refused.
        assertTrue(allowedByFirst >= 60 && allowedByFirst < 65, "first replica allowed " + allowedByFirst);
        int allowedBySecond = 0;
        for (int i = 0; i < 20; i++) {
            if (second.take(java.util.List.of(limit)).isZero()) {
                allowedBySecond++;
            }
        }
        // The second replica sees what the first wrote back: at most the unsynced twentieth (3) and a refill remain.
        assertTrue(allowedBySecond <= 6, "second replica allowed " + allowedBySecond);
    }

    @jakarta.inject.Inject
    TokenSubjects subjects;

    @Test
    void aVerifiedTokenIsRememberedButATamperedCopyIsNot() {
        String token = Caller.fresh().login("wang.official");
        assertEquals(java.util.Optional.of("wang.official"), subjects.subjectOf("Bearer " + token));
        assertEquals(java.util.Optional.of("wang.official"), subjects.subjectOf("Bearer " + token));
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertTrue(subjects.subjectOf("Bearer " + tampered).isEmpty());
        assertTrue(subjects.subjectOf("Bearer not-a-token").isEmpty());
    }

    @Test
    void localBucketsAreKeptPerReplica() {
        RateLimits first = new RateLimits(dataSource);
        RateLimits second = new RateLimits(dataSource);
        RateLimits.Limit limit = new RateLimits.Limit("test|local|" + System.nanoTime(), 3, RateLimits.Scope.LOCAL);
        for (int i = 0; i < 3; i++) {
            assertTrue(first.take(java.util.List.of(limit)).isZero());
        }
        assertTrue(first.take(java.util.List.of(limit)).toMillis() > 0);
        assertTrue(second.take(java.util.List.of(limit)).isZero(), "another replica keeps its own allowance");
    }

    @Test
    void bruteForceOnLoginLocksTheAccountAndThenHitsTheLimit() {
        Caller attacker = Caller.fresh();
        int refused = 0;
        Response limited = null;
        for (int i = 0; i < 80 && limited == null; i++) {
            Response response = attacker.anonymous().contentType(ContentType.JSON)
                    .body(Map.of("username", "li.approver", "password", "guess-" + i)).post("/auth/login");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(401, response.statusCode());
                refused++;
            }
        }
        // 30 a minute per address in the test profile, refilled gradually while the attack runs.
        assertTrue(refused >= 30 && refused < 60, "refused before the limit: " + refused);
        assertTrue(limited != null);
        limited.then().contentType("application/problem+json").body("type", equalTo("/problems/too-many-requests"))
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // The account is locked by now, even against its right password, from anywhere.
        Caller.fresh().anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", "li.approver", "password", Caller.PASSWORD)).post("/auth/login")
                .then().statusCode(401);
        String admin = Caller.fresh().login("admin");
        Caller.fresh().as(admin).post("/admin/accounts/li.approver/unlocking").then().statusCode(200);
        Caller.fresh().login("li.approver");
        // Another address is not limited by the attacker's.
        Caller.fresh().login("wang.official");
    }

    @Test
    void theLoginFormSpendsTheSameBudgetAsTheLoginApi() {
        Caller attacker = Caller.fresh();
        Response limited = null;
        for (int i = 0; i < 80 && limited == null; i++) {
            Response response = attacker.anonymous().redirects().follow(false).header("Sec-Fetch-Site", "same-origin")
                    .formParam("username", "nobody.here").formParam("password", "guess-" + i).post("/login");
            if (response.statusCode() == 429) {
                limited = response;
            }
        }
        assertTrue(limited != null, "the login form was never limited");
        attacker.anonymous().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody.here", "password", "guess")).post("/auth/login").then().statusCode(429);
    }

    @Test
    void theLocalMachineIsExemptButAnyOtherAddressIsLimited() {
        Caller remote = Caller.fresh();
        int limitedAt = -1;
        for (int i = 0; i < 80 && limitedAt < 0; i++) {
            io.restassured.RestAssured.given().formParam("grant_type", "password").post("/oauth2/token")
                    .then().statusCode(400);
            if (remote.anonymous().formParam("grant_type", "password").post("/oauth2/token").statusCode() == 429) {
                limitedAt = i;
            }
        }
        assertTrue(limitedAt >= 30, "limited after " + limitedAt);
    }

    @Test
    void bruteForceOnTheTokenEndpointHitsTheLimitPerClient() {
        int limitedAt = -1;
        for (int i = 0; i < 80 && limitedAt < 0; i++) {
            // Every attempt from a new address: the per-client limit still holds.
            int status = Caller.fresh().anonymous().auth().preemptive().basic("store-baidu", "guess-" + i)
                    .formParam("grant_type", "client_credentials").post("/oauth2/token").statusCode();
            if (status == 429) {
                limitedAt = i;
            } else {
                assertEquals(401, status);
            }
        }
        assertTrue(limitedAt >= 30 && limitedAt < 60, "limited after " + limitedAt);
    }
    @Test
    void anAnonymousAddressOverItsLimitIsRefusedButAnotherAddressAndAnOfficialAreNot() {
        Caller reader = Caller.fresh();
        Response limited = null;
        int allowed = 0;
        for (int i = 0; i < 200 && limited == null; i++) {
            Response response = reader.anonymous().get("/api/public/notices");
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(200, response.statusCode());
                allowed++;
            }
        }
        // 60 a minute per address without a token in the test profile, refilled gradually meanwhile.
        assertTrue(limited != null && allowed >= 60 && allowed < 120, "allowed before the limit: " + allowed);
        limited.then().contentType("application/problem+json").body("type", equalTo("/problems/too-many-requests"))
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        // The Atom feed, the public pages, the public decisions and the API documents (/q/* is no longer exempt) spend
        // the same budget (a token refilled meanwhile lets one request through, so each gets three tries to meet the limit).
        for (String path : List.of("/api/public/feed.atom", "/notices", "/public/penalty/decisions", "/q/openapi",
                "/openapi.json")) {
            assertTrue(java.util.stream.IntStream.range(0, 3)
                    .anyMatch(i -> reader.anonymous().get(path).statusCode() == 429), path + " is not limited");
        }
        Caller.fresh().anonymous().get("/api/public/notices").then().statusCode(200);
        String official = Caller.fresh().login("wang.official");
        reader.as(official).get("/api/public/notices").then().statusCode(200);
    }

    @Test
    void guessesInTheBasicHeaderAndInTheFormBodySpendOneAllowancePerClient() {
        for (int i = 0; i < 20; i++) {
            Caller.fresh().anonymous().auth().preemptive().basic("store-tianyi", "guess-" + i)
                    .formParam("grant_type", "client_credentials").post("/oauth2/token").then().statusCode(401);
        }
        int formGuesses = 0;
        boolean limited = false;
        while (formGuesses < 40 && !limited) {
            limited = Caller.fresh().anonymous().formParam("grant_type", "client_credentials")
                    .formParam("client_id", "store-tianyi").formParam("client_secret", "guess-" + formGuesses)
                    .post("/oauth2/token").statusCode() == 429;
            formGuesses++;
        }
        // 30 a minute: after 20 in the header, about 10 in the form body are left (more only by the refill meanwhile);
        // separate allowances would have let 30 through.
        assertTrue(limited && formGuesses < 25, "form guesses until the limit: " + formGuesses);
    }

    @Test
    void theTokenLimitPerClientCountsTheClientIdOfTheFormBody() {
        int limitedAt = -1;
        for (int i = 0; i < 80 && limitedAt < 0; i++) {
            // Every attempt from a new address, the client id in the form body (RFC 6749 2.3.1).
            Response response = Caller.fresh().anonymous().formParam("grant_type", "client_credentials")
                    .formParam("client_id", "store-qihoo360").formParam("client_secret", "guess-" + i)
                    .post("/oauth2/token");
            if (response.statusCode() == 429) {
                limitedAt = i;
                response.then().contentType("application/problem+json")
                        .body("type", equalTo("/problems/too-many-requests"));
                assertTrue(Integer.parseInt(response.header("Retry-After")) >= 1);
            } else {
                assertEquals(401, response.statusCode());
            }
        }
        assertTrue(limitedAt >= 30 && limitedAt < 60, "limited after " + limitedAt);
        // Another client is not limited by it.
        Caller.fresh().anonymous().formParam("grant_type", "client_credentials")
                .formParam("client_id", "store-wandoujia").formParam("client_secret", "guess")
                .post("/oauth2/token").then().statusCode(401);
    }
}
