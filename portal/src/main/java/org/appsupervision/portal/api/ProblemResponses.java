package org.appsupervision.portal.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a service's error answer into the portal's own error: an {@code application/problem+json} document becomes
 * the {@link ServiceReply.Problem} pages show beside their fields, a 502, 503 or 504 the service's absence.
 */
public class ProblemResponses implements ResponseExceptionMapper<ServiceCallFailed> {

    private final PortalService service;

    public ProblemResponses(PortalService service) {
        this.service = service;
    }

    @Override
    public ServiceCallFailed toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return new ServiceCallFailed(ServiceReply.of(service, response.getStatus(), body));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
