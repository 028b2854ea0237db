package org.appsupervision.portal.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.appsupervision.portal.PortalContext;
import org.appsupervision.portal.Viewer;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the viewer's token as {@code Authorization: Bearer} on every typed call made for a page, so each service
 * applies its own rules to the person; a call for nobody (a public page, no request) goes without.
 */
@ApplicationScoped
public class ViewerTokenHeaders implements ClientHeadersFactory {

    private final PortalContext context;

    public ViewerTokenHeaders(PortalContext context) {
        this.context = context;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        Viewer viewer = Arc.container().requestContext().isActive() ? context.viewer() : null;
        if (viewer != null) {
            headers.putSingle("Authorization", "Bearer " + viewer.token());
        }
        return headers;
    }
}
