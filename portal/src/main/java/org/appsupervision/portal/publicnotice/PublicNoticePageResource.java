package org.appsupervision.portal.publicnotice;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.jboss.resteasy.reactive.RestQuery;

/** The public pages: published notices, searchable and paged, and each notice as the ministry's document. */
@Path("/notices")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class PublicNoticePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(NoticeSearch search);

        static native TemplateInstance document(NoticeDocument notice, String failure);
    }

    private final PublicNoticePageService notices;
    private final PortalContext context;
    private final PortalErrors errors;

    public PublicNoticePageResource(PublicNoticePageService notices, PortalContext context, PortalErrors errors) {
        this.notices = notices;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance list(@RestQuery String app, @RestQuery String operator, @RestQuery String problem,
            @RestQuery String from, @RestQuery String to, @RestQuery String kind, @RestQuery String page) {
        NoticeSearch.Criteria criteria = new NoticeSearch.Criteria(trim(app), trim(operator), trim(problem), trim(from),
                trim(to), trim(kind), pageNumber(page));
        return context.page(Templates.list(notices.search(criteria, context.viewer(), context.messages())));
    }

    @GET
    @Path("{id}")
    public Response document(@PathParam("id") String id) {
        Optional<PublicNoticePageService.Read> read = uuid(id).flatMap(notice -> notices.read(notice, context.messages()));
        if (read.isEmpty()) {
            return errors.notFound();
        }
        return Response.ok(context.page(Templates.document(read.get().document(), read.get().failure()))).build();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
