package org.appsupervision.penalty.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.document.CaseDocument;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.appsupervision.platform.security.TokenScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An enterprise reads the penalty cases against it and downloads the documents served on it (role operator). */
@Path("/api/penalty/enterprise/cases")
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Enterprise (operator): penalty cases")
public class EnterpriseCaseResource {

    private final EnterpriseCaseService cases;
    private final JsonWebToken token;

    public EnterpriseCaseResource(EnterpriseCaseService cases, JsonWebToken token) {
        this.cases = cases;
        this.token = token;
    }

    @GET
    @Operation(summary = "The cases whose party has its credit code (role operator), newest first",
            description = "Paged: limit and after, Link rel=next when there is more. Errors are application/problem+json: "
                    + "400 /problems/validation, 401 /problems/unauthenticated, 403 /problems/forbidden.")
    public RestResponse<List<EnterpriseCaseView.Line>> list(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(cases.list(TokenScope.creditCode(token::getClaim), page), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of its cases: stage, prior notice, decision served, its deadlines, documents served",
            description = "404 /problems/not-found for a case of another party or none; 401, 403.")
    public EnterpriseCaseView get(@PathParam("id") UUID id) {
        return cases.get(TokenScope.creditCode(token::getClaim), id);
    }

    @GET
    @Path("/{id}/documents/{documentId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A document served on it as the signed PDF/A, byte for byte as issued (role operator)",
            description = "404 /problems/not-found for a document not served, of another case, or of another party.")
    public Response pdf(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        CaseDocument document = cases.servedDocument(TokenScope.creditCode(token::getClaim), id, documentId);
        String name = document.number.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".pdf";
        return Response.ok(cases.pdf(document))
                .header("Content-Disposition", "attachment; filename=\"document.pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Digest", "sha-256=" + document.pdfSha256).build();
    }
}
