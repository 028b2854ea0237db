package org.appsupervision.portal.complaint;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.portal.ServiceReply;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The public complaint form and status page: no login, no scripts, labelled fields with their errors beside them. */
@Path("/complaints")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class ComplaintPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ComplaintViews.Options options, ComplaintForm form, Map<String, String> errors,
                String problem);

        static native TemplateInstance status(ComplaintViews.PublicStatus complaint, String fresh);
    }

    private final ComplaintPageService complaints;
    private final PortalContext context;
    private final PortalErrors errors;

    public ComplaintPageResource(ComplaintPageService complaints, PortalContext context, PortalErrors errors) {
        this.complaints = complaints;
        this.context = context;
        this.errors = errors;
    }

    @GET
    @Path("/new")
    public TemplateInstance form() {
        return context.page(Templates.form(complaints.options(), ComplaintForm.EMPTY, Map.of(), null));
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response file(@RestForm String appName, @RestForm String packageName, @RestForm String store,
            @RestForm List<String> problems, @RestForm String description, @RestForm String contactName,
            @RestForm String contactPhone, @RestForm String contactEmail,
            @RestForm("screenshots") List<FileUpload> screenshots, @Context HttpServerRequest request)
            throws IOException {
        ComplaintForm form = new ComplaintForm(text(appName), text(packageName), text(store),
                problems == null ? List.of() : problems.stream().filter(p -> p != null && !p.isBlank()).toList(),
                text(description), text(contactName), text(contactPhone), text(contactEmail));
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        ServiceReply reply = complaints.file(form.json(screenshots == null ? List.of() : screenshots), address);
        if (reply.ok()) {
            JsonObject receipt = reply.object();
            return Response.seeOther(UriBuilder.fromPath("/complaints/{number}")
                    .queryParam("fresh", receipt.getBoolean("duplicate", false) ? "duplicate" : "received")
                    .build(receipt.getString("trackingNumber"))).build();
        }
        ComplaintMessages m = ComplaintText.of(context);
        String problem = reply.unavailable() ? m.unavailable() : reply.status() == 429 ? m.too_many()
                : reply.problem().title();
        Map<String, String> faults = reply.problem() == null ? Map.of()
                : ComplaintForm.fieldErrors(reply.problem().fieldErrors());
        return Response.status(reply.unavailable() ? 503 : reply.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(context.page(Templates.form(complaints.options(), form, faults, problem)).render()).build();
    }

    /** The lookup form of the public pages: a tracking number leads to its status page. */
    @GET
    public Response lookup(@RestQuery String number) {
        if (number == null || !number.strip().matches("TS-\\d{4}-[A-Z2-7]{10}")) {
            return Response.seeOther(UriBuilder.fromPath("/complaints/new").build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/complaints/{number}").build(number.strip())).build();
    }

    @GET
    @Path("/{trackingNumber}")
    public Response status(@PathParam("trackingNumber") String trackingNumber, @RestQuery String fresh) {
        ServiceReply reply = complaints.status(trackingNumber);
        ComplaintViews.PublicStatus complaint = complaints.read(reply);
        if (complaint == null) {
            return reply.unavailable() ? Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ComplaintText.of(context).unavailable()).build() : errors.notFound();
        }
        String shown = "received".equals(fresh) || "duplicate".equals(fresh) ? fresh : null;
        return Response.ok(context.page(Templates.status(complaint, shown)).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
