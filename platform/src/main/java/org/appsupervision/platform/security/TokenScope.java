package org.appsupervision.platform.security;

import io.quarkus.security.ForbiddenException;
import java.util.function.Function;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;

/**
 * The party a token acts for, read from its claim and never from the request: the enterprise of an operator token
 * ({@code credit_code}) or the testing agency of an agency token ({@code agency_code}), each a valid unified social
 * credit code, else 403. Services pass their token's claim reader ({@code token::getClaim}), so this module needs no
 * JWT API.
 */
public final class TokenScope {

    private TokenScope() {
    }

    /** The unified social credit code of the enterprise an operator token acts for. */
    public static String creditCode(Function<String, ?> claims) {
        return code(claims.apply(Roles.CREDIT_CODE_CLAIM), "The operator token names no valid credit code");
    }

    /** The unified social credit code of the testing agency an agency token works for. */
    public static String agencyCode(Function<String, ?> claims) {
        return code(claims.apply(Roles.AGENCY_CLAIM), "The agency token names no valid agency code");
    }

    private static String code(Object claim, String refusal) {
        // A claim may come back as a JSON string (with its quotes) rather than a Java string.
        String code = claim == null ? null : claim.toString().replace("\"", "").strip();
        if (!UnifiedSocialCreditCode.isValid(code)) {
            throw new ForbiddenException(refusal);
        }
        return code;
    }
}
