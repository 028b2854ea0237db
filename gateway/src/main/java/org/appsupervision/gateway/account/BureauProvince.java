package org.appsupervision.gateway.account;

import java.util.List;
import org.appsupervision.events.reference.CommunicationAdministrations;
import org.appsupervision.platform.problem.Problem;

/**
 * The province of a bureau officer's account: one of the 31 provincial communication administrations or the
 * ministry's own bureau ({@code 00}, which files the proposals of regions without a bureau). Any other two digits
 * (香港 81, 澳门 82, 台湾 71, or a code that names no province) would give the officer a scope no case ever falls in.
 */
final class BureauProvince {

    private BureauProvince() {
    }

    /** What is wrong with the province of an account with these roles, or nothing. */
    static List<Problem.FieldError> check(boolean bureau, String province) {
        if (!bureau) {
            return province == null ? List.of()
                    : List.of(new Problem.FieldError("province", "only a bureau officer has a province"));
        }
        if (province == null) {
            return List.of(new Problem.FieldError("province", "is required for a bureau officer"));
        }
        if (!CommunicationAdministrations.hasBureau(province) && !CommunicationAdministrations.MINISTRY.equals(province)) {
            return List.of(new Problem.FieldError("province", "no communication administration has province code "
                    + province + " (无此省级通信管理局; a provincial bureau's code, or 00 for the ministry's bureau)"));
        }
        return List.of();
    }
}
