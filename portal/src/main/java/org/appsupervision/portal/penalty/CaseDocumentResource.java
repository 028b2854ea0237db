package org.appsupervision.portal.penalty;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.platform.security.Roles;

/** Downloads of a case's latest prior notice or decision as the signed PDF penalty-service issued, byte for byte. */
@Path("/portal/cases/{id}/documents")
@PortalPage(roles = {Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class CaseDocumentResource {

    private final ServiceClient services;
    private final DocumentDownloads downloads;
    private final PortalContext context;
    private final PortalErrors errors;

    public CaseDocumentResource(ServiceClient services, DocumentDownloads downloads, PortalContext context,
            PortalErrors errors) {
        this.services = services;
        this.downloads = downloads;
        this.context = context;
        this.errors = errors;
    }

    @GET
    @Path("/{kind}.pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        if (!kind.equals("decision") && !kind.equals("prior-notice")) {
            return errors.notFound();
        }
        String wanted = kind.equals("decision") ? "DECISION" : "PRIOR_NOTICE";
        ServiceReply list = services.await(services.get(PortalService.PENALTY,
                "/api/penalty/cases/" + id + "/documents", context.viewer()));
        if (!list.ok()) {
            return errors.notFound();
        }
        Optional<JsonObject> latest = list.array().stream().map(JsonObject.class::cast)
                .filter(d -> wanted.equals(d.getString("kind")) && d.getString("pdfSha256") != null)
                .reduce((earlier, later) -> later);
        if (latest.isEmpty()) {
            return errors.notFound();
        }
        byte[] pdf = downloads.pdf(id, latest.get().getString("id"), context.viewer());
        if (pdf == null) {
            return errors.notFound();
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + kind + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
