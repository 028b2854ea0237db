package org.appsupervision.gateway.routing;

/**
 * The header that tells a service the client's address as the gateway saw it: set on every request passed on and on
 * the portal's own calls made for a client, replacing whatever a client sent under that name.
 */
public final class ClientAddress {

    public static final String HEADER = "X-Supervision-Client-Address";

    private ClientAddress() {
    }
}
