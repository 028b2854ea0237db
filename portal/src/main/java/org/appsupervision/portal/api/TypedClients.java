package org.appsupervision.portal.api;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.appsupervision.portal.PortalConfig;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.host.ServiceAddresses;

/**
 * Builds the portal's typed clients of the services: at the address the gateway routes to, with the portal's
 * timeouts, the viewer's token and the services' problem documents turned into {@link ServiceCallFailed}.
 */
@ApplicationScoped
public class TypedClients {

    private final ServiceAddresses addresses;
    private final PortalConfig portal;
    private final ViewerTokenHeaders headers;

    public TypedClients(ServiceAddresses addresses, PortalConfig portal, ViewerTokenHeaders headers) {
        this.addresses = addresses;
        this.portal = portal;
        this.headers = headers;
    }

    @Produces
    @ApplicationScoped
    PenaltyApi penalty() {
        return build(PortalService.PENALTY, PenaltyApi.class);
    }

    @Produces
    @ApplicationScoped
    AppstoreApi appstore() {
        return build(PortalService.APPSTORE, AppstoreApi.class);
    }

    private <T> T build(PortalService service, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(addresses.baseUrl(service)))
                .connectTimeout(addresses.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(portal.serviceTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .clientHeadersFactory(headers)
                .register(new ProblemResponses(service))
                .build(api);
    }
}
