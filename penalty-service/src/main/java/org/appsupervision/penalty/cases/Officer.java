package org.appsupervision.penalty.cases;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import org.appsupervision.platform.security.BureauScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A bureau officer acting on cases: their name and their bureau, both from the token. */
public record Officer(String name, String provinceCode) {

    public static Officer of(SecurityIdentity identity, JsonWebToken token) {
        BureauScope scope = BureauScope.actingAsBureau(identity, token::getClaim);
        if (scope.provinceCode() == null) {
            throw new ForbiddenException("Only bureau officers act on cases");
        }
        return new Officer(identity.getPrincipal().getName(), scope.provinceCode());
    }
}
