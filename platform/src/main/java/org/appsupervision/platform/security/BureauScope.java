package org.appsupervision.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.function.Function;

/**
 * The province a user's bureau work is limited to, from the token's {@code province} claim (never from the request),
 * or none ({@link #MINISTRY}) for ministry staff. A bureau token without a two-digit province is 403. Services pass
 * their token's claim reader ({@code token::getClaim}), so this module needs no JWT API.
 */
public record BureauScope(String provinceCode) {

    /** No province: the ministry's view, of every province. */
    public static final BureauScope MINISTRY = new BureauScope(null);

    /**
     * The scope of a writer of detection work: officials write every province's, a bureau officer their own
     * province's; anyone else is 403.
     */
    public static BureauScope of(SecurityIdentity identity, Function<String, ?> claims) {
        if (identity.hasRole(Roles.OFFICIAL)) {
            return MINISTRY;
        }
        if (identity.hasRole(Roles.BUREAU)) {
            return province(claims);
        }
        throw new ForbiddenException("Only officials and bureau officers record detections");
    }

    /**
     * The scope of a reader of detection work: a user whose only role here is bureau reads the ministry's batches
     * (whose findings lead to the notices and penalty cases they act on) and their own province's, never another
     * bureau's unpublished detection work; ministry staff (officials, approvers, auditors, admins) read all.
     */
    public static BureauScope reading(SecurityIdentity identity, Function<String, ?> claims) {
        boolean ministryStaff = identity.hasRole(Roles.OFFICIAL) || identity.hasRole(Roles.APPROVER)
                || identity.hasRole(Roles.AUDITOR) || identity.hasRole(Roles.ADMIN);
        return ministryStaff || !identity.hasRole(Roles.BUREAU) ? MINISTRY : province(claims);
    }

    /**
     * The scope of a user on bureau cases (penalty proceedings): a token with the bureau role acts as its bureau
     * and sees its own province only, whatever other roles it has; everyone else sees all.
     */
    public static BureauScope actingAsBureau(SecurityIdentity identity, Function<String, ?> claims) {
        return identity.hasRole(Roles.BUREAU) ? province(claims) : MINISTRY;
    }

    private static BureauScope province(Function<String, ?> claims) {
        Object claim = claims.apply(Roles.PROVINCE_CLAIM);
        // A claim may come back as a JSON string (with its quotes) rather than a Java string.
        String province = claim == null ? null : claim.toString().replace("\"", "").strip();
        if (province == null || !province.matches("\\d{2}")) {
            throw new ForbiddenException("Bureau token names no province");
        }
        return new BureauScope(province);
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
