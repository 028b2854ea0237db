package org.appsupervision.portal.penalty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.penalty.CaseDocument;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.platform.security.Roles;

/** Downloads of a case's latest prior notice or decision as the signed PDF penalty-service issued, byte for byte. */
@Path("/portal/cases/{id}/documents")
@PortalPage(roles = {Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class CaseDocumentResource {

    private final PenaltyApi penalty;
    private final DocumentDownloads downloads;
    private final PortalContext context;
    private final PortalErrors errors;

    public CaseDocumentResource(PenaltyApi penalty, DocumentDownloads downloads, PortalContext context,
            PortalErrors errors) {
        this.penalty = penalty;
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
        Answer<List<CaseDocument>> list = Answer.of(PortalService.PENALTY, penalty.documents(id)).await().indefinitely();
        if (!list.ok()) {
            return errors.notFound();
        }
        Optional<CaseDocument> latest = list.value().stream()
                .filter(d -> wanted.equals(d.kind()) && d.pdfSha256() != null)
                .reduce((earlier, later) -> later);
        if (latest.isEmpty()) {
            return errors.notFound();
        }
        byte[] pdf = downloads.pdf(id, latest.get().id().toString(), context.viewer());
        if (pdf == null) {
            return errors.notFound();
        }
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + kind + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}
