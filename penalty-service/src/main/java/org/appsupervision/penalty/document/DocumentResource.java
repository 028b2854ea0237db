package org.appsupervision.penalty.document;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The prior notices and decisions of a case, as JSON with their hash, as the plain Chinese text, or as the signed PDF. */
@Path("/api/penalty/cases/{caseId}/documents")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class DocumentResource {

    private final DocumentService documents;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public DocumentResource(DocumentService documents, SecurityIdentity identity, JsonWebToken token) {
        this.documents = documents;
        this.identity = identity;
        this.token = token;
    }

    @GET
    public List<DocumentView> list(@PathParam("caseId") UUID caseId) {
        return documents.ofCase(caseId, BureauScope.actingAsBureau(identity, token::getClaim));
    }

    @GET
    @Path("/{id}")
    public DocumentView get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return documents.get(caseId, id, BureauScope.actingAsBureau(identity, token::getClaim));
    }

    @GET
    @Path("/{id}/text")
    @Produces("text/plain;charset=UTF-8")
    public Response text(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        DocumentView d = documents.get(caseId, id, BureauScope.actingAsBureau(identity, token::getClaim));
        return Response.ok(d.content()).header("Digest", "sha-256=" + d.sha256()).build();
    }

    /** The signed PDF/A, byte for byte as issued (its SHA-256 is the document's {@code pdfSha256}). */
    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        DocumentView d = documents.get(caseId, id, BureauScope.actingAsBureau(identity, token::getClaim));
        byte[] pdf = documents.pdf(caseId, id, BureauScope.actingAsBureau(identity, token::getClaim));
        String name = d.number().replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
        return Response.ok(pdf).header("Content-Disposition", "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + d.pdfSha256()).build();
    }
}
