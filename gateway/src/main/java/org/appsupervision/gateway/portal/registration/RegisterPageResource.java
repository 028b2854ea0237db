package org.appsupervision.gateway.portal.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.PortalErrors;
import org.appsupervision.portal.PortalPage;
import org.appsupervision.gateway.registration.RegistrationReceipt;
import org.appsupervision.gateway.registration.RegistrationService;
import org.appsupervision.gateway.registration.RegistrationStatus;
import org.appsupervision.gateway.registration.RegistrationUploads;
import org.appsupervision.platform.problem.Problem;
import org.appsupervision.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The public registration page of enterprises and the status page its status token opens. */
@Path("/register")
@PortalPage(open = true)
@Produces(MediaType.TEXT_HTML)
public class RegisterPageResource {

    static final List<String> FIELDS = List.of("companyName", "creditCode", "contactName", "contactPhone",
            "contactEmail", "username");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<String> fields, Map<String, String> entered,
                Map<String, String> errors, String problem);

        static native TemplateInstance status(RegistrationStatus registration, boolean fresh);
    }

    private final RegistrationService registrations;
    private final PortalContext context;
    private final PortalErrors errors;

    public RegisterPageResource(RegistrationService registrations, PortalContext context, PortalErrors errors) {
        this.registrations = registrations;
        this.context = context;
        this.errors = errors;
    }

    @GET
    public TemplateInstance form() {
        return context.page(Templates.form(FIELDS, Map.of(), Map.of(), null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response register(@RestForm String companyName, @RestForm String creditCode, @RestForm String contactName,
            @RestForm String contactPhone, @RestForm String contactEmail, @RestForm String username,
            @RestForm String password, @RestForm("letter") FileUpload letter) throws IOException {
        try {
            RegistrationReceipt receipt = registrations.submit(RegistrationUploads.form(companyName, creditCode,
                    contactName, contactPhone, contactEmail, username, password, letter));
            return Response.seeOther(UriBuilder.fromPath("/register/{id}").queryParam("token", receipt.statusToken())
                    .queryParam("fresh", "1").build(receipt.id())).build();
        } catch (ProblemException e) {
            Map<String, String> entered = new java.util.HashMap<>();
            String[] values = {companyName, creditCode, contactName, contactPhone, contactEmail, username};
            for (int i = 0; i < FIELDS.size(); i++) {
                entered.put(FIELDS.get(i), values[i] == null ? "" : values[i]);
            }
            Map<String, String> faults = new java.util.LinkedHashMap<>();
            for (Problem.FieldError error : e.errors()) {
                faults.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
            }
            return Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(context.page(Templates.form(FIELDS, entered, faults, e.getMessage())).render()).build();
        }
    }

    @GET
    @Path("/{id}")
    public Response status(@PathParam("id") UUID id, @RestQuery String token, @RestQuery String fresh) {
        try {
            RegistrationStatus status = registrations.status(id, token);
            return Response.ok(context.page(Templates.status(status, "1".equals(fresh))).render(),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (ProblemException e) {
            return errors.notFound();
        }
    }
}
