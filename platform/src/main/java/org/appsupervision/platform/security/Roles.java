package org.appsupervision.platform.security;

/** Role names (JWT groups) and the claims that scope them, shared by every service. */
public final class Roles {

    public static final String OFFICIAL = "official";
    public static final String APPROVER = "approver";
    public static final String BUREAU = "bureau";
    public static final String STORE = "store";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** An enterprise account (APP运营主体), verified by a bureau, acting only for its own credit code. */
    public static final String OPERATOR = "operator";
    /** Staff of a third-party testing agency (第三方检测机构), seeing only the re-check tasks of that agency. */
    public static final String AGENCY = "agency";

    /** Claim naming the GB/T 2260 province code of a bureau officer. */
    public static final String PROVINCE_CLAIM = "province";

    /** Claim naming the store an API client acts for. */
    public static final String STORE_ID_CLAIM = "store_id";

    /** Claim naming the unified social credit code of the enterprise an operator account acts for. */
    public static final String CREDIT_CODE_CLAIM = "credit_code";

    /** Claim naming the unified social credit code of the testing agency an agency account works for. */
    public static final String AGENCY_CLAIM = "agency_code";

    /** Audience every token of the suite carries. */
    public static final String AUDIENCE = "supervision";

    private Roles() {
    }
}
