package org.appsupervision.portal.api.notice;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.appsupervision.portal.publicnotice.NoticeDocument;
import org.appsupervision.portal.publicnotice.NoticeSearch;

/**
 * notice-service's public API as the public pages call it, without a token whoever is looking: the published
 * notices, searched and one by one. The contract test {@code e2e-tests/.../PortalClientsContractIT} calls every method
 * against the real service.
 */
@Path("/api/public")
@Produces(MediaType.APPLICATION_JSON)
public interface PublicNoticeApi {

    /** A page (from 0) of the published notices matching every criterion given (null ones are left out). */
    @GET
    @Path("/notices")
    Uni<NoticeSearch.Results> notices(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("app") String app, @QueryParam("operator") String operator,
            @QueryParam("problem") String problem, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("kind") String kind);

    /** A published notice as the ministry's document shows it. */
    @GET
    @Path("/notices/{id}")
    Uni<NoticeDocument> notice(@PathParam("id") UUID id);
}
