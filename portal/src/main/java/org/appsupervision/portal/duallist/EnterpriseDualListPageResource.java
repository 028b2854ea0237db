package org.appsupervision.portal.duallist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.platform.security.Roles;

/**
 * The enterprise's dual-list pages: its apps and versions, one app's versions against the findings, the form of
 * a version's draft, and publishing it.
 */
@Path("/portal/enterprise/dual-lists")
@PortalPage(roles = Roles.OPERATOR)
@Produces(MediaType.TEXT_HTML)
public class EnterpriseDualListPageResource {

    private static final String PATH = "/portal/enterprise/dual-lists";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(DualListViews.EnterprisePage page);

        static native TemplateInstance edit(DualListViews.EditPage page);
    }

    private final DualListPageService lists;
    private final PortalContext context;

    public EnterpriseDualListPageResource(DualListPageService lists, PortalContext context) {
        this.lists = lists;
        this.context = context;
    }

    @GET
    public TemplateInstance index(@QueryParam("app") String app, @QueryParam("done") String done) {
        return context.page(Templates.index(lists.enterprise(app, "published".equals(done) ? done : null,
                context.english(), context.viewer())));
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@QueryParam("app") String app, @QueryParam("version") String version,
            @QueryParam("done") String done) {
        return context.page(Templates.edit(lists.edit(app == null ? "" : app.strip(),
                version == null ? "" : version.strip(), "saved".equals(done) ? done : null, context.english(),
                context.viewer())));
    }

    @POST
    @Path("edit")
    public Response save(@FormParam("packageName") String packageName, @FormParam("appVersion") String appVersion,
            @FormParam("collected") String collected, @FormParam("shared") String shared) {
        List<String> problems = lists.save(packageName, appVersion, collected, shared, context.viewer(),
                DualListText.of(context), context.messages());
        if (problems.isEmpty()) {
            return Response.seeOther(UriBuilder.fromPath(PATH + "/edit").queryParam("app", packageName.strip())
                    .queryParam("version", appVersion.strip()).queryParam("done", "saved").build()).build();
        }
        DualListViews.EditPage page = new DualListViews.EditPage(packageName, appVersion, null,
                collected == null ? "" : collected, shared == null ? "" : shared, problems,
                lists.kinds(context.viewer()), context.english(), null);
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.edit(page)).render()).build();
    }

    @POST
    @Path("{listId}/publication")
    public Response publish(@PathParam("listId") UUID listId, @FormParam("packageName") String packageName,
            @FormParam("appVersion") String appVersion) {
        List<String> problems = lists.publish(listId, context.viewer(), context.messages());
        if (problems.isEmpty()) {
            return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("app", packageName == null ? "" : packageName)
                    .queryParam("done", "published").build()).build();
        }
        DualListViews.EditPage page = lists.edit(packageName == null ? "" : packageName,
                appVersion == null ? "" : appVersion, null, context.english(), context.viewer());
        page = new DualListViews.EditPage(page.packageName(), page.appVersion(), page.draftId(), page.collected(),
                page.shared(), problems, page.kinds(), page.english(), null);
        return Response.status(409).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.edit(page)).render()).build();
    }
}
