package org.appsupervision.portal.api;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.appsupervision.portal.PortalConfig;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.audit.AuditApi;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.notice.PublicNoticeApi;
import org.appsupervision.portal.api.opendata.OpenDataApi;
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

    @Produces
    @ApplicationScoped
    NoticeApi notice() {
        return build(PortalService.NOTICE, NoticeApi.class);
    }

    /** notice-service's public paths, called without a token. */
    @Produces
    @ApplicationScoped
    PublicNoticeApi publicNotice() {
        return anonymous(PortalService.NOTICE, PublicNoticeApi.class);
    }

    /** Each service's audit trail, with the viewer's token. */
    @Produces
    @Singleton
    PerService<AuditApi> audit() {
        return new PerService<>(service -> build(service, AuditApi.class));
    }

    /** Each service's open data, public: called without a token whoever is looking. */
    @Produces
    @Singleton
    PerService<OpenDataApi> openData() {
        return new PerService<>(service -> anonymous(service, OpenDataApi.class));
    }

    private <T> T build(PortalService service, Class<T> api) {
        return builder(service).clientHeadersFactory(headers).build(api);
    }

    /** A client of public paths, which never sends the viewer's token (as a visitor without a login would call them). */
    private <T> T anonymous(PortalService service, Class<T> api) {
        return builder(service).build(api);
    }

    private QuarkusRestClientBuilder builder(PortalService service) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(addresses.baseUrl(service)))
                .connectTimeout(addresses.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(portal.serviceTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .register(new ProblemResponses(service));
    }
}
