package org.appsupervision.penalty.proposal;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a user may see of the bureaus' work: a bureau officer their own province only (from the
 * token, never from the request), ministry users and auditors everything.
 */
public record BureauScope(String provinceCode) {

    public static final BureauScope ALL = new BureauScope(null);

    public static BureauScope of(SecurityIdentity identity, JsonWebToken token) {
        if (identity.hasRole(Roles.BUREAU)) {
            String province = token.getClaim(Roles.PROVINCE_CLAIM);
            if (province == null || !province.matches("\\d{2}")) {
                throw new ForbiddenException("Bureau token names no province");
            }
            return new BureauScope(province);
        }
        return ALL;
    }
}
