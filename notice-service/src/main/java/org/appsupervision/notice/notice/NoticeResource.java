package org.appsupervision.notice.notice;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.notice.rectification.RectificationRequest;
import org.appsupervision.notice.rectification.RectificationService;
import org.appsupervision.notice.reinstatement.LiftingRequest;
import org.appsupervision.notice.reinstatement.ReinstatementService;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/** Notices: officials draft, approvers approve and publish (never their own drafts). */
@Path("/api/notices")
public class NoticeResource {

    private final NoticeService notices;
    private final RectificationService rectifications;
    private final ReinstatementService reinstatements;
    private final SecurityIdentity identity;

    public NoticeResource(NoticeService notices, RectificationService rectifications,
            ReinstatementService reinstatements, SecurityIdentity identity) {
        this.notices = notices;
        this.rectifications = rectifications;
        this.reinstatements = reinstatements;
        this.identity = identity;
    }

    /** Records what a re-check found for one item of a published rectification or re-check notice. */
    @PUT
    @Path("/{id}/items/{itemId}/rectification")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Record what a re-check found for one item (RECTIFIED with fixedVersion, or NOT_RECTIFIED)")
    public Response recordRectification(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @NotNull @Valid RectificationRequest request) {
        rectifications.record(id, itemId, request, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    /** Lifts the takedown of one app of a published takedown notice; emits TakedownLifted. */
    @POST
    @Path("/{id}/items/{itemId}/lifting")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER})
    @Operation(summary = "Lift the takedown of one app with a reason; emits TakedownLifted")
    public Response lift(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @NotNull @Valid LiftingRequest request) {
        reinstatements.lift(id, itemId, request, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Draft a notice (rectification, re-check or takedown)", description = "Unknown store codes are accepted and flagged in items[].unknownStores. 400 /problems/validation (bad credit code, package name, unknown problem code, deadline before publication).")
    @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "rectification", value = "{\"kind\":\"RECTIFICATION\",\"title\":\"关于侵害用户权益行为的APP通报\",\"rectificationDays\":6,\"workingDays\":false,\"apps\":[{\"name\":\"豆瓣\",\"packageName\":\"com.douban.frodo\",\"version\":\"7.18.0\",\"operator\":{\"name\":\"北京豆网科技有限公司\",\"creditCode\":\"91110108551385082Q\"},\"problems\":[\"collect-beyond-scope\"],\"stores\":[\"huawei\",\"xiaomi\"],\"refusedRectification\":false}]}")))
    public Response draft(@NotNull @Valid DraftNoticeRequest request, UriInfo uri) {
        NoticeView notice = notices.draft(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(notice.id().toString()).build())
                .entity(notice)
                .build();
    }

    @POST
    @Path("/from-findings")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Draft a notice from findings: a row per app, stores and problems merged")
    public Response draftFromFindings(@NotNull @Valid DraftFromFindingsRequest request, UriInfo uri) {
        NoticeView notice = notices.draftFromFindings(request, identity.getPrincipal().getName());
        return created(uri, notice);
    }

    @POST
    @Path("/from-unrectified")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Draft a re-check or takedown notice from the unrectified items of a published notice")
    public Response draftFromUnrectified(@NotNull @Valid DraftFromNoticeRequest request, UriInfo uri) {
        NoticeView notice = notices.draftFromUnrectified(request, identity.getPrincipal().getName());
        return created(uri, notice);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Replace a draft; 409 once approved or published (a published notice never changes)")
    public NoticeView edit(@PathParam("id") UUID id, @NotNull @Valid DraftNoticeRequest request) {
        return notices.edit(id, request, identity.getPrincipal().getName());
    }

    private static Response created(UriInfo uri, NoticeView notice) {
        return Response.created(uri.getBaseUriBuilder().path("api/notices").path(notice.id().toString()).build())
                .entity(notice).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    public RestResponse<List<NoticeView.Summary>> list(@BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(notices.list(page), uri);
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
    @Operation(summary = "Publish: batch numbers, deadline and how it was computed, content hash; takedowns emit TakedownOrdered", description = "403 /problems/four-eyes for the drafter; 409 unless approved; 422 when a fixed deadline is not after publication.")
    public NoticeView publish(@PathParam("id") UUID id) {
        return notices.publish(id, identity.getPrincipal().getName());
    }
}
