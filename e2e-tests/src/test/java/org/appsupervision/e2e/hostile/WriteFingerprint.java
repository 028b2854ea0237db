package org.appsupervision.e2e.hostile;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cheap fingerprint of everything the suite has written: the newest record of each service's audit trail
 * (every state change of every audited table lands there, in the same transaction), and the gateway's accounts
 * and clients (which its own tables hold). Read from each service directly, so an open circuit at the gateway
 * does not blind it. Two equal fingerprints mean that nothing was written in between.
 */
public final class WriteFingerprint {

    private final Map<String, String> services;
    private final String gatewayUrl;

    /** {@code services}: module name (as the audit-trail path names it) to the service's own base URL. */
    public WriteFingerprint(Map<String, String> services, String gatewayUrl) {
        this.services = services;
        this.gatewayUrl = gatewayUrl;
    }

    public Map<String, String> take(String auditorToken, String adminToken) {
        Map<String, String> print = new LinkedHashMap<>();
        services.forEach((name, url) -> {
            List<Long> newest = given().baseUri(url).auth().oauth2(auditorToken).queryParam("limit", 1)
                    .get("/api/audit-trail/" + name).then().statusCode(200).extract().jsonPath()
                    .getList("entries.seq", Long.class);
            print.put(name, newest.isEmpty() ? "0" : String.valueOf(newest.get(0)));
        });
        List<Map<String, Object>> accounts = given().baseUri(gatewayUrl).auth().oauth2(adminToken)
                .get("/admin/accounts").then().statusCode(200).extract().jsonPath().getList("$");
        // Failed passwords lock an account: that is the lockout working, not a write of the request's content.
        accounts.forEach(account -> account.remove("locked"));
        print.put("gateway accounts", accounts.toString());
        print.put("gateway clients", given().baseUri(gatewayUrl).auth().oauth2(adminToken).get("/admin/clients")
                .then().statusCode(200).extract().asString());
        return print;
    }

    /** What differs between two fingerprints, for the report. */
    public static String difference(Map<String, String> before, Map<String, String> after) {
        StringBuilder changed = new StringBuilder();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.append(changed.isEmpty() ? "" : ", ").append(key)
                        .append(key.startsWith("gateway") ? " changed" : " audit trail from record " + value + " to " + after.get(key));
            }
        });
        return changed.toString();
    }
}
