package org.appsupervision.portal;

import java.util.Set;
import org.appsupervision.platform.security.Roles;

/**
 * Where a person lands after logging in without a page to return to: an enterprise on its home, a testing agency on
 * its re-check tasks, officials on the dashboard.
 */
public final class Landing {

    public static final String ENTERPRISE = "/portal/enterprise";
    public static final String AGENCY = "/portal/agency/tasks";

    private Landing() {
    }

    /** The page to go to: the one asked for, unless it is the officials' home, which an enterprise or agency cannot use. */
    public static String of(Set<String> roles, String requested) {
        if (!ReturnPaths.HOME.equals(requested)) {
            return requested;
        }
        if (roles.contains(Roles.OPERATOR)) {
            return ENTERPRISE;
        }
        if (roles.contains(Roles.AGENCY)) {
            return AGENCY;
        }
        return requested;
    }
}
