package org.appsupervision.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A store client as admins see it. {@code clientSecret} is present only in the answer that created
 * the secret: it is never stored and cannot be read again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(String clientId, String storeCode, boolean enabled, int liveSecrets, Instant createdAt,
        Instant revokedAt, String clientSecret, Instant previousSecretsExpireAt) {
}
