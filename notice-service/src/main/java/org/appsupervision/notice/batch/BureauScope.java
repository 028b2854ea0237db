package org.appsupervision.notice.batch;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which province's detection work a user may write: a bureau officer their own province only (from
 * the token's {@code province} claim, never from the request), ministry officials every province.
 */
public record BureauScope(String provinceCode) {

    public static final BureauScope MINISTRY = new BureauScope(null);

    public static BureauScope of(SecurityIdentity identity, JsonWebToken token) {
        if (identity.hasRole(Roles.OFFICIAL)) {
            return MINISTRY;
        }
        if (identity.hasRole(Roles.BUREAU)) {
            Object province = token.getClaim(Roles.PROVINCE_CLAIM);
            if (province == null || !province.toString().matches("\\d{2}")) {
                throw new ForbiddenException("Bureau token names no province");
            }
            return new BureauScope(province.toString());
        }
        throw new ForbiddenException("Only officials and bureau officers record detections");
    }

    public boolean isMinistry() {
        return provinceCode == null;
    }

    /** Whether this user may write the detection work of a batch run in {@code batchProvince} (null: the ministry's). */
    public boolean mayWrite(String batchProvince) {
        return isMinistry() || provinceCode.equals(batchProvince);
    }
}
