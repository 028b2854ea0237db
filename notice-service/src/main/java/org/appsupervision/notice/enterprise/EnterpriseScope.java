package org.appsupervision.notice.enterprise;

import org.appsupervision.platform.security.TokenScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The enterprise an operator token acts for: the unified social credit code of its claim, never one from the request. */
public record EnterpriseScope(String creditCode) {

    public static EnterpriseScope of(JsonWebToken token) {
        return new EnterpriseScope(TokenScope.creditCode(token::getClaim));
    }
}
