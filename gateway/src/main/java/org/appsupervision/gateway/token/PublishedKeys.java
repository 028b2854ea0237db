package org.appsupervision.gateway.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appsupervision.gateway.GatewayConfig;

/**
 * The key-retention rule: the signing key and every key that has not signed yet (the next one) are
 * published; a key that signed before is published until its last token has expired.
 */
@ApplicationScoped
public class PublishedKeys {

    private final SigningKeys keys;
    private final KeyUse use;
    private final GatewayConfig config;

    public PublishedKeys(SigningKeys keys, KeyUse use, GatewayConfig config) {
        this.keys = keys;
        this.use = use;
        this.config = config;
    }

    public List<SigningKeys.PublicKey> published() {
        Map<String, Instant> lastSigned = use.lastSigned();
        Instant now = Instant.now();
        List<SigningKeys.PublicKey> result = new ArrayList<>();
        result.add(keys.current());
        for (SigningKeys.PublicKey key : keys.others()) {
            Instant last = lastSigned.get(key.kid());
            if (last == null || stillLive(last, now)) {
                result.add(key);
            }
        }
        return result;
    }

    boolean stillLive(Instant lastSigned, Instant now) {
        return lastSigned.plus(KeyUse.RECORD_EVERY).plus(config.jwt().tokenLifetime())
                .plus(config.jwt().clockSkew()).isAfter(now);
    }
}
