package org.appsupervision.portal;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.appsupervision.platform.problem.ProblemMappers;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Failures on portal pages become HTML pages in the reader's language (with an error id for an
 * unexpected one, never a stack trace); everywhere else the platform's problem documents answer as before.
 */
public class PortalExceptionMappers {

    private static final Logger LOG = Logger.getLogger(PortalExceptionMappers.class);

    private final PortalErrors errors;
    private final ProblemMappers problems = new ProblemMappers();

    public PortalExceptionMappers(PortalErrors errors) {
        this.errors = errors;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response web(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        if (!portal(resource, uri)) {
            return problems.web(e, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, resource);
        }
        return status == 404 || status == 405 ? errors.notFound() : errors.badRequest(status);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unexpected(Throwable e, UriInfo uri, SimpleResourceInfo resource) {
        if (!portal(resource, uri)) {
            return problems.unexpected(e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on portal page %s", errorId, uri == null ? "?" : uri.getPath());
        return errors.unexpected(errorId);
    }

    private static boolean portal(SimpleResourceInfo resource, UriInfo uri) {
        if (resource != null && resource.getResourceClass() != null) {
            return resource.getResourceClass().isAnnotationPresent(PortalPage.class);
        }
        String path = uri == null ? "" : uri.getPath();
        return path.equals("/portal") || path.startsWith("/portal/") || path.equals("/notices") || path.startsWith("/notices/");
    }
}
