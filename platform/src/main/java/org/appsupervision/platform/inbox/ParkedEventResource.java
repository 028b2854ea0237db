package org.appsupervision.platform.inbox;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.appsupervision.platform.ThisService;
import org.appsupervision.platform.security.Roles;

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
    public List<ParkedEvents.View> list(@PathParam("service") String service) {
        thisService.requireNamed(service);
        return parked.latest();
    }
}
