package org.appsupervision.notice.duallist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The kinds of personal information, the words that dual lists and findings' observed data flows share. */
@Path("/api/reference/personal-info-kinds")
public class PersonalInfoKindResource {

    private final PersonalInfoKinds kinds;

    public PersonalInfoKindResource(PersonalInfoKinds kinds) {
        this.kinds = kinds;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "The kinds of personal information (设备标识符, 位置信息, 通讯录 ...) by code, in a fixed order")
    public List<PersonalInfoKinds.Kind> kinds() {
        return kinds.all();
    }
}
