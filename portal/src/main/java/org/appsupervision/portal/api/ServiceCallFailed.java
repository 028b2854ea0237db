package org.appsupervision.portal.api;

import org.appsupervision.portal.ServiceReply;

/**
 * A typed call that a service refused (its problem document) or did not answer, carrying the {@link ServiceReply}
 * the portal's pages already know how to show.
 */
public class ServiceCallFailed extends RuntimeException {

    private final transient ServiceReply reply;

    public ServiceCallFailed(ServiceReply reply) {
        super(reply.unavailable() ? reply.service() + " unavailable" : reply.service() + " answered " + reply.status(),
                null, false, false);
        this.reply = reply;
    }

    public ServiceReply reply() {
        return reply;
    }
}
