package org.appsupervision.portal;

import java.time.Instant;
import java.util.Set;
import org.appsupervision.platform.security.Roles;

/** The logged-in official looking at a page: name, roles, province, and the token the portal forwards. */
public record Viewer(String username, Set<String> roles, String province, String token, Instant expiresAt,
        Instant authTime) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Ministry staff, bureau officers and auditors: everyone who reads the campaign's figures. */
    public boolean readsCampaign() {
        return hasAny(Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN);
    }
}
