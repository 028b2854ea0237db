package org.appsupervision.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.appsupervision.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this service, as paths that the gateway routes by service name carry it
 * ({@code /api/admin/parked-events/<service>}, {@code /api/audit-trail/<service>}).
 */
@ApplicationScoped
public class ThisService {

    private final String name;

    public ThisService(@ConfigProperty(name = "quarkus.application.name") String name) {
        this.name = name;
    }

    /** Answers 404 when a path names another service than this one. */
    public void requireNamed(String service) {
        if (!name.equals(service)) {
            throw ProblemException.notFound("Service", service);
        }
    }
}
