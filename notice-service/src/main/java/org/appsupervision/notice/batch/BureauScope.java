package org.appsupervision.notice.batch;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which province's detection work a user may write or read, from the token's {@code province} claim (never from
 * the request): a bureau officer writes their own province's batches and reads those and the ministry's; ministry
 * staff (officials, approvers, auditors, admins) read and, as officials, write every province's.
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

    /**
     * The scope of a reader: a user whose only role here is bureau reads the ministry's batches (whose findings
     * lead to the notices and penalty cases they act on) and their own province's, never another bureau's
     * unpublished detection work; everyone else reads all.
     */
    public static BureauScope reading(SecurityIdentity identity, JsonWebToken token) {
        boolean ministryStaff = identity.hasRole(Roles.OFFICIAL) || identity.hasRole(Roles.APPROVER)
                || identity.hasRole(Roles.AUDITOR) || identity.hasRole(Roles.ADMIN);
        return ministryStaff || !identity.hasRole(Roles.BUREAU) ? MINISTRY : of(identity, token);
    }

    public boolean isMinistry() {
        return provinceCode == null;
    }

    /** Whether this user may write the detection work of a batch run in {@code batchProvince} (null: the ministry's). */
    public boolean mayWrite(String batchProvince) {
        return isMinistry() || provinceCode.equals(batchProvince);
    }

    /** Whether this user may read the detection work of a batch run in {@code batchProvince} (null: the ministry's). */
    public boolean mayRead(String batchProvince) {
        return isMinistry() || batchProvince == null || provinceCode.equals(batchProvince);
    }

    /**
     * Whether this user may change an operator registered in {@code operatorProvince} (digits 3-4 of its credit
     * code) or an app of such an operator: the ministry any, a bureau officer only those of their own province.
     */
    public boolean mayChangeRegistryOf(String operatorProvince) {
        return isMinistry() || provinceCode.equals(operatorProvince);
    }

    /** The province whose batches, besides the ministry's, a bureau reader sees; null for readers of all. */
    public String readerProvince() {
        return provinceCode;
    }
}
