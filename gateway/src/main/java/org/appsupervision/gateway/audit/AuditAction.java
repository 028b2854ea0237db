package org.appsupervision.gateway.audit;

/** The security events the gateway records. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    PASSWORD_CHANGED,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_UNLOCKED,
    TOKEN_ISSUED,
    CLIENT_AUTHENTICATION_FAILED,
    CLIENT_CREATED,
    CLIENT_SECRET_ROTATED,
    CLIENT_REVOKED
}
