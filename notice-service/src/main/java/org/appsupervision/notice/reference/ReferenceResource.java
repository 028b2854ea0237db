package org.appsupervision.notice.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** Read access to the reference data that notices are drafted with. */
@Path("/api/reference")
@RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
public class ReferenceResource {

    /** A problem kind as the API shows it. */
    public record ProblemKindView(String code, String aspect, String labelZh, String labelEn, String introducedBy) {
    }

    /** A province as the API shows it. */
    public record ProvinceView(String code, String nameZh, String nameEn, String bureauZh) {
    }

    private final ReferenceService reference;

    public ReferenceResource(ReferenceService reference) {
        this.reference = reference;
    }

    @GET
    @Path("/problem-kinds")
    public List<ProblemKindView> problemKinds() {
        return reference.problemKinds();
    }

    @GET
    @Path("/provinces")
    public List<ProvinceView> provinces() {
        return reference.provinces();
    }
}
