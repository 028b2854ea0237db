package org.appsupervision.platform.security;

/** Role names (JWT groups) and the claims that scope them, shared by every service. */
public final class Roles {

    public static final String OFFICIAL = "official";
    public static final String APPROVER = "approver";
    public static final String BUREAU = "bureau";
    public static final String STORE = "store";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** Claim naming the GB/T 2260 province code of a bureau officer. */
    public static final String PROVINCE_CLAIM = "province";

    /** Claim naming the store an API client acts for. */
    public static final String STORE_ID_CLAIM = "store_id";

    /** Audience every token of the suite carries. */
    public static final String AUDIENCE = "supervision";

    private Roles() {
    }
}
