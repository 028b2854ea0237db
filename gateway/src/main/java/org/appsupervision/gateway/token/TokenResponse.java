package org.appsupervision.gateway.token;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An access token response in the shape of RFC 6749 section 5.1. */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {

    public static TokenResponse of(TokenIssuer.IssuedToken token) {
        return new TokenResponse(token.value(), "Bearer", token.expiresIn());
    }
}
