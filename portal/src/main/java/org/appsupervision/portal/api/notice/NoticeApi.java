package org.appsupervision.portal.api.notice;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import java.io.InputStream;
import org.appsupervision.portal.batch.BatchViews;
import org.appsupervision.portal.duallist.DualListViews;
import org.appsupervision.portal.notice.NoticeViews;
import org.appsupervision.portal.timeline.TimelinePageService;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * notice-service's API as the officials' notice pages and the takedown boards call it, with the viewer's token: the
 * notices and their four-eyes steps, drafts from findings or from an unrectified notice, the detection batches with
 * their findings and imports, the problem kinds, the dashboard's statistics, the working-day calendar, an app's timeline
 * with the SDKs found in it, and the enterprise's own apps and notices, and the
 * dual lists (the enterprise's own, and the officials' check of an app). The contract test {@code e2e-tests/.../PortalClientsContractIT} calls every
 * method against the real service.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface NoticeApi {

    /** A page of the notices (all but the withdrawn ones), newest first; {@code Link rel="next"} when there is more. */
    @GET
    @Path("/notices")
    Uni<RestResponse<List<NoticeViews.Summary>>> notices(@QueryParam("limit") Integer limit,
            @QueryParam("after") String after);

    @GET
    @Path("/notices/{id}")
    Uni<NoticeViews.Detail> notice(@PathParam("id") UUID id);

    /** A draft from findings ({@code from-findings}) or from a notice's unrectified items ({@code from-unrectified}). */
    @POST
    @Path("/notices/{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<NoticeViews.Detail> draft(@PathParam("source") String source, String body);

    /** The second person's approval of a draft. */
    @POST
    @Path("/notices/{id}/approval")
    Uni<NoticeViews.Detail> approve(@PathParam("id") UUID id);

    @POST
    @Path("/notices/{id}/publication")
    Uni<NoticeViews.Detail> publish(@PathParam("id") UUID id);

    /** A draft or approved notice withdrawn, with the reason ({@code {"reason": ...}}). */
    @POST
    @Path("/notices/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<NoticeViews.Detail> withdraw(@PathParam("id") UUID id, String body);

    /** A page of the detection batches. */
    @GET
    @Path("/batches")
    Uni<RestResponse<List<BatchViews.Batch>>> batches(@QueryParam("limit") Integer limit,
            @QueryParam("after") String after);

    @GET
    @Path("/batches/{id}")
    Uni<BatchViews.Batch> batch(@PathParam("id") UUID id);

    /** An official records a detection batch. */
    @POST
    @Path("/batches")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<BatchViews.Batch> recordBatch(String body);

    /** A page of a batch's findings. */
    @GET
    @Path("/findings")
    Uni<RestResponse<List<BatchViews.Finding>>> findings(@QueryParam("batchId") UUID batchId,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after);

    /** The problem kinds a finding or notice item names, with their labels. */
    @GET
    @Path("/reference/problem-kinds")
    Uni<List<ProblemKind>> problemKinds();

    /** The figures of the dashboard: totals, per year, per problem kind, the public's complaints per app. */
    @GET
    @Path("/stats")
    Uni<Stats> stats();

    /** The working-day calendar, a year each. */
    @GET
    @Path("/reference/holidays")
    Uni<List<HolidayYear>> holidays();

    /** An admin replaces a year's holidays and adjusted working days. */
    @PUT
    @Path("/reference/holidays/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<HolidayYear> replaceHolidays(@PathParam("year") int year, String body);

    /** The apps whose name contains the text. */
    @GET
    @Path("/apps")
    Uni<List<TimelinePageService.App>> apps(@QueryParam("name") String name);

    @GET
    @Path("/apps/{packageName}")
    Uni<TimelinePageService.App> app(@PathParam("packageName") String packageName);

    /** One app's whole chain, oldest first: findings, notices, rectification, stores, penalties. */
    @GET
    @Path("/timeline/{packageName}")
    Uni<List<TimelinePageService.Entry>> timeline(@PathParam("packageName") String packageName);

    /** The third-party SDKs found in one app. */
    @GET
    @Path("/apps/{packageName}/sdks")
    Uni<AppSdks> appSdks(@PathParam("packageName") String packageName);

    /** Starts the import of a CSV file of findings into a batch (streamed); the job answers how it goes. */
    @POST
    @Path("/findings/imports")
    @Consumes("text/csv")
    Uni<BatchViews.ImportJob> importCsv(@QueryParam("batchId") UUID batchId, InputStream file);

    /** Starts the import of an NDJSON file of findings into a batch (streamed). */
    @POST
    @Path("/findings/imports")
    @Consumes("application/x-ndjson")
    Uni<BatchViews.ImportJob> importNdjson(@QueryParam("batchId") UUID batchId, InputStream file);

    @GET
    @Path("/findings/imports/{id}")
    Uni<BatchViews.ImportJob> importJob(@PathParam("id") UUID id);

    /** The enterprise's own apps (the token's credit code), the first {@code limit}. */
    @GET
    @Path("/enterprise/apps")
    Uni<List<EnterpriseView.App>> enterpriseApps(@QueryParam("limit") Integer limit);

    @GET
    @Path("/enterprise/apps/{packageName}")
    Uni<EnterpriseView.AppDetail> enterpriseApp(@PathParam("packageName") String packageName);

    /** The published notices naming the enterprise, the first {@code limit}. */
    @GET
    @Path("/enterprise/notices")
    Uni<List<EnterpriseView.NoticeLine>> enterpriseNotices(@QueryParam("limit") Integer limit);

    /** A published notice with only the enterprise's own items. */
    @GET
    @Path("/enterprise/notices/{id}")
    Uni<EnterpriseView.Notice> enterpriseNotice(@PathParam("id") UUID id);

    /** The officials' check of an app's dual lists against the data flows findings observed. */
    @GET
    @Path("/dual-lists/{packageName}")
    Uni<DualListViews.Check> dualListCheck(@PathParam("packageName") String packageName);

    /** The enterprise's own check of one of its apps. */
    @GET
    @Path("/enterprise/dual-lists/apps/{packageName}")
    Uni<DualListViews.Check> ownDualListCheck(@PathParam("packageName") String packageName);

    /** A page of the enterprise's apps with their versions' dual-list state. */
    @GET
    @Path("/enterprise/dual-lists/apps")
    Uni<RestResponse<List<DualListViews.AppVersions>>> ownDualListApps(@QueryParam("limit") Integer limit,
            @QueryParam("after") String after);

    @GET
    @Path("/enterprise/dual-lists/{id}")
    Uni<DualListViews.DualList> ownDualList(@PathParam("id") UUID id);

    /** Saves the draft of an app version's dual list (created or replaced). */
    @PUT
    @Path("/enterprise/dual-lists/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<DualListViews.DualList> saveDualListDraft(String body);

    @POST
    @Path("/enterprise/dual-lists/{id}/publication")
    Uni<DualListViews.DualList> publishDualList(@PathParam("id") UUID id);

    /** The kinds of personal information a dual list names, with their labels. */
    @GET
    @Path("/reference/personal-info-kinds")
    Uni<List<DualListViews.Kind>> personalInfoKinds();
}
