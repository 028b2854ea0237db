package org.appsupervision.gateway.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appsupervision.events.identity.UnifiedSocialCreditCode;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.security.Roles;

/**
 * Which roles an admin may give an account and the scope each needs: officials' roles (a bureau officer with a
 * province), or the agency role alone with the agency's credit code. Operator accounts are never made by an admin:
 * only verifying an enterprise's registration makes one, bound to the registered credit code.
 */
final class AccountRoles {

    /** Roles of the ministry's and the bureaus' staff, which may be combined. */
    static final Set<String> OFFICIAL_ROLES = Set.of(Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR,
            Roles.ADMIN);

    private AccountRoles() {
    }

    /** What is wrong with an account of these roles, province and agency code, or nothing. */
    static List<Problem.FieldError> check(Set<String> roles, String province, String agencyCode) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String role : roles) {
            if (Roles.OPERATOR.equals(role)) {
                errors.add(new Problem.FieldError("roles", "operator accounts are made only by verifying an "
                        + "enterprise's registration (企业账户仅经注册审核产生)"));
            } else if (!OFFICIAL_ROLES.contains(role) && !Roles.AGENCY.equals(role)) {
                errors.add(new Problem.FieldError("roles", "unknown role " + role));
            }
        }
        boolean agency = roles.contains(Roles.AGENCY);
        if (agency && roles.size() > 1) {
            errors.add(new Problem.FieldError("roles", "the agency role cannot be combined with other roles"));
        }
        errors.addAll(BureauProvince.check(roles.contains(Roles.BUREAU), province));
        if (!agency) {
            if (agencyCode != null) {
                errors.add(new Problem.FieldError("agencyCode", "only an agency account has an agency code"));
            }
        } else if (agencyCode == null || agencyCode.isBlank()) {
            errors.add(new Problem.FieldError("agencyCode", "is required for an agency account: the agency's "
                    + "unified social credit code"));
        } else {
            UnifiedSocialCreditCode.problem(agencyCode).ifPresent(problem -> errors.add(new Problem.FieldError(
                    "agencyCode", "is not a unified social credit code: " + problem)));
        }
        return errors;
    }

    /** Whether an account's roles bind it to an enterprise or an agency (roles an admin cannot change). */
    static boolean bound(Set<String> roles) {
        return roles.contains(Roles.OPERATOR) || roles.contains(Roles.AGENCY);
    }
}
