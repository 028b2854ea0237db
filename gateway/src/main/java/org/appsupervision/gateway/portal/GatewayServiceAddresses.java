package org.appsupervision.gateway.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.appsupervision.gateway.GatewayConfig;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.host.ServiceAddresses;

/** Gives the portal the services' base URLs the gateway routes to ({@code gateway.routes.*}). */
@ApplicationScoped
public class GatewayServiceAddresses implements ServiceAddresses {

    private final GatewayConfig.Routes routes;

    public GatewayServiceAddresses(GatewayConfig gateway) {
        this.routes = gateway.routes();
    }

    @Override
    public String baseUrl(PortalService service) {
        return switch (service) {
            case NOTICE -> routes.notice();
            case APPSTORE -> routes.appstore();
            case PENALTY -> routes.penalty();
        };
    }

    @Override
    public Duration connectTimeout() {
        return routes.connectTimeout();
    }
}
