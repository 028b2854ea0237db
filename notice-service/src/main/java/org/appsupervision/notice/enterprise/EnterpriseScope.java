package org.appsupervision.notice.enterprise;

import io.quarkus.security.ForbiddenException;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The enterprise an operator token acts for: the unified social credit code of its claim, never one from the request. */
public record EnterpriseScope(String creditCode) {

    public static EnterpriseScope of(JsonWebToken token) {
        Object claim = token.getClaim(Roles.CREDIT_CODE_CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "").strip();
        if (code == null || code.length() != 18) {
            throw new ForbiddenException("An operator token names no unified social credit code");
        }
        return new EnterpriseScope(code);
    }
}
