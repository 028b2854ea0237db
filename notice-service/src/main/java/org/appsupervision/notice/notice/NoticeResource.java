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
import jakarta.ws.rs.QueryParam;
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
    private final NoticeWithdrawal withdrawals;
    private final RectificationService rectifications;
    private final ReinstatementService reinstatements;
    private final SecurityIdentity identity;

    public NoticeResource(NoticeService notices, NoticeWithdrawal withdrawals, RectificationService rectifications,
            ReinstatementService reinstatements, SecurityIdentity identity) {
        this.notices = notices;
        this.withdrawals = withdrawals;
        this.rectifications = rectifications;
        this.reinstatements = reinstatements;
        this.identity = identity;
    }

    /** Overrides, with a reason, the rectification state that re-checks give one item of a published notice. */
    @PUT
    @Path("/{id}/items/{itemId}/rectification")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Override an item's rectification state with a reason (role: official): RECTIFIED with fixedVersion, or NOT_RECTIFIED", description = "Re-checks by testing agencies set the state (see /api/rechecks); this override needs a reason, is audited, and the item shows rectification.overridden, setBy and overrideReason. RECTIFIED may be recorded at any time; NOT_RECTIFIED only once the item's rectification deadline has passed (409 /problems/deadline-not-passed before).")
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
    @Operation(summary = "Draft a re-check or takedown notice from the unrectified items of a published notice, and optionally from findings", description = "The unrectified items come first, in the source notice's order (each with sourceItemId), then the apps of findingIds that the source does not name (each linked to its findings). An app in both is one item: the source item's row with the findings' versions, stores and problems added after its own; it keeps both its sourceItemId and its findingIds. 409 when nothing is left to draft.")
    public Response draftFromUnrectified(@NotNull @Valid DraftFromNoticeRequest request, UriInfo uri) {
        NoticeView notice = notices.draftFromUnrectified(request, identity.getPrincipal().getName());
        return created(uri, notice);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Replace a draft; 409 once approved, published or withdrawn (a published notice never changes)", description = "An entry of apps with itemId keeps that item of the draft (as GET returns it in items[].itemId): its id, chain, sourceItemId and findingIds stay, and it must keep its packageName. An entry without itemId is a new item. An item that no entry names is removed with its links. 400 when an itemId names no item of the draft, or the same item twice.")
    public NoticeView edit(@PathParam("id") UUID id, @NotNull @Valid DraftNoticeRequest request) {
        return notices.edit(id, request, identity.getPrincipal().getName());
    }

    private static Response created(UriInfo uri, NoticeView notice) {
        return Response.created(uri.getBaseUriBuilder().path("api/notices").path(notice.id().toString()).build())
                .entity(notice).build();
    }

    /** Withdraws a draft or an approved notice before publication, with a reason. */
    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER})
    @Operation(summary = "Withdraw (discard) a draft or an approved notice with a reason; it stays on record as WITHDRAWN and is never published", description = "409 /problems/conflict for a published notice (withdraw it by a later notice with withdrawsNoticeId) or one withdrawn already.")
    public NoticeView withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawalRequest request) {
        return withdrawals.withdraw(id, request, identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Notices, newest first", description = "Without status: every notice but the withdrawn ones; status=WITHDRAWN lists those. Paged: limit, after, Link rel=next.")
    public RestResponse<List<NoticeView.Summary>> list(@QueryParam("status") NoticeStatus status,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(notices.list(status, page), uri);
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
