package org.appsupervision.portal.host;

import java.time.Duration;
import org.appsupervision.portal.PortalService;

/** Where the three services are, as the process that serves the portal (the gateway) routes to them. */
public interface ServiceAddresses {

    /** The service's base URL, such as {@code http://127.0.0.1:8081}. */
    String baseUrl(PortalService service);

    /** Time allowed to open a connection to a service. */
    Duration connectTimeout();
}
