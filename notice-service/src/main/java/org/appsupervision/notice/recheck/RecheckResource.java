package org.appsupervision.notice.recheck;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.evidence.EvidenceResponses;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The officials' view of re-checks: tasks, opening one for an item without a report (an SDK item), the assignment rule
 * and reassignment; bureaus read their province's.
 */
@Path("/api/rechecks")
public class RecheckResource {

    private final RecheckQueries queries;
    private final RecheckTasks tasks;
    private final RecheckResults results;
    private final RecheckOpening opening;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public RecheckResource(RecheckQueries queries, RecheckTasks tasks, RecheckResults results, RecheckOpening opening,
            SecurityIdentity identity, JsonWebToken token) {
        this.queries = queries;
        this.tasks = tasks;
        this.results = results;
        this.opening = opening;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Re-check tasks, newest first (roles: official, approver, auditor, admin; bureau: its province's)", description = "Filters: status (OPEN, COMPLETED), agencyCode, packageName, itemId. A bureau officer sees the tasks of operators of its province (digits 3-4 of the credit code). Paged: limit, after, Link rel=next.")
    public RestResponse<List<RecheckView>> list(@QueryParam("status") RecheckTask.Status status,
            @QueryParam("agencyCode") String agencyCode, @QueryParam("packageName") String packageName,
            @QueryParam("itemId") UUID itemId, @BeanParam PageRequest page, @Context UriInfo uri) {
        BureauScope scope = BureauScope.reading(identity, token::getClaim);
        return Paged.answer(queries.list(new RecheckQueries.Filter(agencyCode, scope.readerProvince(),
                status == null ? null : status.name(), packageName, itemId), page), uri);
    }

    @POST
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Open the re-check of a notice item no enterprise report asks for: an SDK item, or an app item without a submitted report (role: official)", description = "The item must be on a published rectification or re-check notice, not rectified, its deadline day not ended (409 /problems/recheck-deadline-passed), with no re-check open; an app item whose enterprise submitted a report is 409 (its re-checks come from its reports); 409 with no active agency. Assigned by the rule to the province of the item's party (the operator, or the SDK's provider); the agency records the result as for a report's task. 201 with Location. Audited.")
    public Response open(@NotNull @Valid OpenRecheckRequest request, @Context UriInfo uri) {
        UUID id = opening.open(request.itemId(), identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(queries.get(id, null)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One re-check task with the report, evidence and result (roles: official, approver, auditor, admin; bureau: its province's)")
    public RecheckView get(@PathParam("id") UUID id) {
        RecheckView task = queries.get(id, null);
        String province = BureauScope.reading(identity, token::getClaim).readerProvince();
        if (province != null && !province.equals(task.item().operatorProvinceCode())) {
            throw org.appsupervision.platform.problem.ProblemException.notFound("Re-check task", id);
        }
        return task;
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({Roles.OFFICIAL, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Download an evidence file of a re-check task's report or result (roles: official, auditor, admin)")
    public Response download(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceResponses.download(results.download(id, evidenceId));
    }

    @GET
    @Path("/assignment-rule")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The rule new re-check tasks are assigned by (roles: official, approver, bureau, auditor, admin)")
    public AssignmentRuleView rule() {
        return tasks.rule();
    }

    @PUT
    @Path("/assignment-rule")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Set the rule new re-check tasks are assigned by: ROUND_ROBIN or BY_PROVINCE (role: official)", description = "ROUND_ROBIN: the next active agency in credit-code order. BY_PROVINCE: round-robin among the active agencies naming the operator's province, else those serving every province, else all active agencies. Audited.")
    public AssignmentRuleView setRule(@NotNull @Valid AssignmentRuleRequest request) {
        return tasks.setRule(request.rule(), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Reassign an open re-check task to another active agency, with a reason (role: official)", description = "The former agency no longer sees the task and cannot complete it. 400 when agencyCode names no active agency; 409 when the task is completed or assigned to that agency already. Audited.")
    public RecheckView reassign(@PathParam("id") UUID id, @NotNull @Valid ReassignRequest request) {
        tasks.reassign(id, request, identity.getPrincipal().getName());
        return queries.get(id, null);
    }
}
