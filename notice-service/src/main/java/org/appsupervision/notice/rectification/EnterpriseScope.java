package org.appsupervision.notice.rectification;

import io.quarkus.security.ForbiddenException;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The enterprise an operator token acts for: its {@code credit_code} claim, never a path or a body. */
public final class EnterpriseScope {

    private EnterpriseScope() {
    }

    public static String creditCode(JsonWebToken token) {
        Object code = token.getClaim(Roles.CREDIT_CODE_CLAIM);
        if (code == null || UnifiedSocialCreditCode.problem(code.toString()).isPresent()) {
            throw new ForbiddenException("The operator token names no valid credit code");
        }
        return code.toString();
    }

    /** The testing agency an agency token works for: its {@code agency_code} claim. */
    public static String agencyCode(JsonWebToken token) {
        Object code = token.getClaim(Roles.AGENCY_CLAIM);
        if (code == null || UnifiedSocialCreditCode.problem(code.toString()).isPresent()) {
            throw new ForbiddenException("The agency token names no valid agency code");
        }
        return code.toString();
    }
}
