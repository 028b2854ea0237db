package org.appsupervision.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.appsupervision.gateway.ratelimit.ClientIdLimit;
import org.appsupervision.gateway.token.TokenResponse;

/** {@code POST /oauth2/token}: client credentials in the Basic header or in the form body. */
@Path("/oauth2/token")
public class TokenEndpointResource {

    private final ClientCredentialsService credentials;
    private final ClientIdLimit clientLimit;

    public TokenEndpointResource(ClientCredentialsService credentials, ClientIdLimit clientLimit) {
        this.credentials = credentials;
        this.clientLimit = clientLimit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@FormParam("grant_type") String grantType,
            @FormParam("client_id") String formClientId,
            @FormParam("client_secret") String formSecret,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (grantType == null || grantType.isBlank()) {
            throw new OAuthError(400, "invalid_request", "grant_type is required");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported");
        }
        String[] basic = basicCredentials(authorization);
        if (basic != null && formSecret != null) {
            throw new OAuthError(400, "invalid_request", "Use one client authentication method, not both");
        }
        String clientId = basic != null ? basic[0] : formClientId;
        String secret = basic != null ? basic[1] : formSecret;
        Optional<Response> limited = clientLimit.refusal(clientId);
        if (limited.isPresent()) {
            return limited.get();
        }
        if (clientId == null || secret == null || clientId.length() > 200 || secret.length() > 200) {
            throw OAuthError.invalidClient();
        }
        return Response.ok(TokenResponse.of(credentials.issue(clientId, secret)))
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient();
            }
            // RFC 6749 2.3.1: id and secret are form-urlencoded before Basic encoding.
            return new String[] {
                java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient();
        }
    }
}
