package org.appsupervision.gateway.client;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** New client secrets: 256 random bits, shown once, stored only as a bcrypt hash. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ClientSecret hashed(String clientId, String secret, Instant now) {
        ClientSecret stored = new ClientSecret();
        stored.id = UUID.randomUUID();
        stored.clientId = clientId;
        stored.secretHash = BcryptUtil.bcryptHash(secret);
        stored.createdAt = now;
        return stored;
    }
}
