package org.appsupervision.platform.inbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.ThisService;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Shows admins and auditors the events this service parked, with their reasons. The path names
 * the service so the gateway can route {@code /api/admin/parked-events/<service>} to it.
 */
@Path("/api/admin/parked-events/{service}")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@IfBuildProperty(name = "supervision.messaging.enabled", stringValue = "true", enableIfMissing = true)
public class ParkedEventResource {

    private final ParkedEvents parked;
    private final ThisService thisService;

    public ParkedEventResource(ParkedEvents parked, ThisService thisService) {
        this.parked = parked;
        this.thisService = thisService;
    }

    @GET
    public RestResponse<List<ParkedEvents.View>> list(@PathParam("service") String service,
            @BeanParam PageRequest page, @Context UriInfo uri) {
        thisService.requireNamed(service);
        return Paged.answer(parked.page(page), uri);
    }
}
