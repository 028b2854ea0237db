package org.appsupervision.notice.complaint;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which complaints a user may read and triage, from the token (never the request): ministry staff (officials, admins,
 * auditors) all; a bureau officer those about a registered app whose operator is in the province of its token.
 * Contact data and screenshots are for officials only: the ministry's officials and bureau officers in scope, never
 * admins or auditors.
 */
public record ComplaintScope(String provinceCode, boolean seesContact) {

    public static ComplaintScope of(SecurityIdentity identity, JsonWebToken token) {
        boolean official = identity.hasRole(Roles.OFFICIAL);
        boolean contact = official || identity.hasRole(Roles.BUREAU);
        if (official || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.AUDITOR)) {
            return new ComplaintScope(null, contact);
        }
        Object province = token.getClaim(Roles.PROVINCE_CLAIM);
        if (!identity.hasRole(Roles.BUREAU) || province == null || !province.toString().matches("\\d{2}")) {
            throw new ForbiddenException("Only officials, bureau officers, admins and auditors read complaints");
        }
        return new ComplaintScope(province.toString(), true);
    }

    public boolean isMinistry() {
        return provinceCode == null;
    }

    /** Whether a complaint about an app whose operator is in {@code operatorProvince} (null: not known) is this user's. */
    public boolean covers(String operatorProvince) {
        return isMinistry() || provinceCode.equals(operatorProvince);
    }
}
