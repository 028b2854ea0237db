package org.appsupervision.gateway.registration;

import jakarta.json.JsonString;
import java.util.Set;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who reviews registrations and which: the ministry ({@code official}, {@code admin}) all of them, a bureau officer
 * those whose credit code names the officer's province ({@code province} is null for the ministry).
 */
public record Reviewer(String username, String province) {

    /** The province of a bureau officer whose token names none: no credit code names it. */
    private static final String NONE = "--";

    public static Reviewer of(String username, Set<String> roles, String province) {
        boolean ministry = roles.contains(Roles.OFFICIAL) || roles.contains(Roles.ADMIN);
        return new Reviewer(username, ministry ? null : (province == null ? NONE : province));
    }

    public static Reviewer of(JsonWebToken caller) {
        Object claim = caller.getClaim(Roles.PROVINCE_CLAIM);
        String province = claim == null ? null : claim instanceof JsonString s ? s.getString() : claim.toString();
        return of(caller.getName(), caller.getGroups(), province);
    }

    boolean sees(Registration registration) {
        return province == null || province.equals(registration.provinceCode);
    }
}
