package org.appsupervision.notice.duallist;

import io.quarkus.security.ForbiddenException;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The enterprise a caller acts for: the unified social credit code of the token's claim, never of the request. */
public record EnterpriseScope(String creditCode) {

    public static EnterpriseScope of(JsonWebToken token) {
        Object claim = token.getClaim(Roles.CREDIT_CODE_CLAIM);
        String code = claim == null ? null : claim.toString();
        if (code == null || UnifiedSocialCreditCode.problem(code).isPresent()) {
            throw new ForbiddenException("The enterprise token names no valid credit code");
        }
        return new EnterpriseScope(code);
    }
}
