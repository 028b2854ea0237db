package org.appsupervision.notice.sdk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.appsupervision.notice.notice.NoticeView;
import org.appsupervision.notice.sdk.EmbeddingViews.EmbeddingApp;
import org.appsupervision.notice.sdk.EmbeddingViews.FollowUpRequest;
import org.appsupervision.platform.paging.Page;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The SDK registry: the ministry registers and replaces SDKs; ministry staff and bureaus read them and their apps. */
@Path("/api/sdks")
public class SdkResource {

    private final SdkService sdks;
    private final SdkEmbeddings embeddings;
    private final SdkFollowUps followUps;
    private final SecurityIdentity identity;

    public SdkResource(SdkService sdks, SdkEmbeddings embeddings, SdkFollowUps followUps, SecurityIdentity identity) {
        this.sdks = sdks;
        this.embeddings = embeddings;
        this.followUps = followUps;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Register an SDK (roles: official, admin)", description = "code is a lower-case slug; providerCreditCode is checked with its check character and its digits 3-4 must name a province (providerProvinceCode, when given, must equal them); packagePrefixes are Java packages of at least two segments; signatures are SHA-256 digests in lower-case hex. 409 /problems/sdk-prefix-overlap when a prefix equals, extends or is a prefix of another SDK's (naming both SDKs); 409 /problems/conflict when the code is registered.")
    public Response register(@NotNull @Valid SdkRequest request, UriInfo uri) {
        SdkView sdk = sdks.register(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(sdk.code()).build()).entity(sdk).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Replace an SDK: names, provider, prefixes, signatures, versions, active (roles: official, admin)", description = "Versions that findings or inventories name are kept even when left out. Same checks as registration.")
    public SdkView replace(@PathParam("code") String code, @NotNull @Valid SdkRequest request) {
        return sdks.replace(code, request, identity.getPrincipal().getName());
    }

    @POST
    @Path("/{code}/versions")
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Add a version to an SDK (roles: official, admin)", description = "A version known already leaves the SDK unchanged.")
    public SdkView addVersion(@PathParam("code") String code, @NotNull @Valid SdkRequest.VersionRequest request) {
        return sdks.addVersion(code, request.version(), identity.getPrincipal().getName());
    }

    @GET
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "SDKs in code order (roles: official, approver, bureau, auditor, admin)", description = "q matches the code, the names, the provider or a package prefix. Paged: limit, after, Link rel=next; the page is {\"items\": [...]}.")
    public RestResponse<SdkView.Items<SdkView>> list(@QueryParam("q") @Size(max = 200) String q,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return items(sdks.list(q, page), uri);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "One SDK with how many apps embed it (roles: official, approver, bureau, auditor, admin)")
    public SdkView get(@PathParam("code") String code) {
        return sdks.get(code);
    }

    @GET
    @Path("/{code}/apps")
    @RolesAllowed({Roles.OFFICIAL, Roles.APPROVER, Roles.BUREAU, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The apps known to embed an SDK, optionally one version of it (roles: official, approver, bureau, auditor, admin)", description = "From findings naming the SDK and from detection's inventories. Paged: limit, after, Link rel=next; the page is {\"items\": [...]}.")
    public RestResponse<SdkView.Items<EmbeddingApp>> apps(@PathParam("code") String code,
            @QueryParam("version") @jakarta.validation.constraints.Pattern(regexp = SdkRequest.VERSION,
                    message = SdkRequest.VERSION_MESSAGE) String version,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        return items(embeddings.appsOf(code, version, page), uri);
    }

    @POST
    @Path("/{code}/follow-up-drafts")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Draft the follow-up of an SDK found at fault (role: official)", description = "Creates a normal RECTIFICATION draft with one app item per app known to embed one of versions (every version when left out), each with problemCodes (taxonomy codes); its operator must update or remove the SDK. Answers 201 with the draft's Location (/api/notices/{id}). 409 /problems/no-embedding-apps when no app is known to embed them.")
    public Response followUp(@PathParam("code") String code, @NotNull @Valid FollowUpRequest request) {
        NoticeView draft = followUps.draft(code, request, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/notices/" + draft.id())).entity(draft).build();
    }

    private static <T> RestResponse<SdkView.Items<T>> items(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<SdkView.Items<T>> response =
                RestResponse.ResponseBuilder.ok(new SdkView.Items<>(page.rows()));
        if (page.next() != null) {
            URI next = UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam("after", page.next()).build();
            response.header(Paged.LINK, "<" + next.getRawPath() + (next.getRawQuery() == null ? "" : "?"
                    + next.getRawQuery()) + ">; rel=\"next\"");
        }
        return response.build();
    }
}
