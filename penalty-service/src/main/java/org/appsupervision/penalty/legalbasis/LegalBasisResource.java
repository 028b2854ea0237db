package org.appsupervision.penalty.legalbasis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.appsupervision.platform.security.Roles;

/** The legal bases, their penalties, caps and ranges, for officers preparing a notice or decision. */
@Path("/api/penalty/legal-bases")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class LegalBasisResource {

    private final LegalBasisService bases;

    public LegalBasisResource(LegalBasisService bases) {
        this.bases = bases;
    }

    @GET
    public List<LegalBasisView> list() {
        return bases.list();
    }
}
