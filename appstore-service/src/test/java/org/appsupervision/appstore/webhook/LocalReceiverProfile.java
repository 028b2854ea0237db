package org.appsupervision.appstore.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Lets webhooks reach a receiver on this machine over plain http, as a local run may; the only profile that does. */
public class LocalReceiverProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("appstore.webhook.allow-http", "true", "appstore.webhook.allow-networks", "127.0.0.1/32");
    }
}
