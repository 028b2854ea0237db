package org.appsupervision.portal.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.appsupervision.portal.PortalService;

/**
 * One typed client per service for an API every service offers under the same paths (the audit trail, the open
 * data), each at its own service's address.
 */
public final class PerService<T> {

    private final Map<PortalService, T> clients = new EnumMap<>(PortalService.class);

    PerService(Function<PortalService, T> build) {
        for (PortalService service : PortalService.values()) {
            clients.put(service, build.apply(service));
        }
    }

    /** The client at {@code service}'s address. */
    public T at(PortalService service) {
        return clients.get(service);
    }

    /** The name each service answers to in these paths ({@code notice-service} ...). */
    public static String name(PortalService service) {
        return switch (service) {
            case NOTICE -> "notice-service";
            case APPSTORE -> "appstore-service";
            case PENALTY -> "penalty-service";
        };
    }
}
