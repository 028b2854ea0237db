package org.appsupervision.notice.notice;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.Roles;

/** Notices: officials draft, approvers approve and publish (never their own drafts). */
@Path("/api/notices")
public class NoticeResource {

    private final NoticeService notices;
    private final SecurityIdentity identity;

    public NoticeResource(NoticeService notices, SecurityIdentity identity) {
        this.notices = notices;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.OFFICIAL)
    public Response draft(@NotNull @Valid DraftNoticeRequest request, UriInfo uri) {
        NoticeView notice = notices.draft(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(notice.id().toString()).build())
                .entity(notice)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public List<NoticeView.Summary> list() {
        return notices.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public NoticeView get(@PathParam("id") UUID id) {
        return notices.get(id);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.APPROVER)
    public NoticeView approve(@PathParam("id") UUID id) {
        return notices.approve(id, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/publication")
    @RolesAllowed(Roles.APPROVER)
    public NoticeView publish(@PathParam("id") UUID id) {
        return notices.publish(id, identity.getPrincipal().getName());
    }
}
