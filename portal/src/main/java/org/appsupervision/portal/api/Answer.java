package org.appsupervision.portal.api;

import io.smallrye.mutiny.Uni;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.jboss.logging.Logger;

/**
 * What a typed call to a service came to: its value, or the {@link ServiceReply} that says why not (the service's
 * problem, or its absence), so a page shows a refusal or an outage beside what the other services answered.
 */
public record Answer<T>(PortalService service, T value, ServiceReply failure) {

    private static final Logger LOG = Logger.getLogger(Answer.class);

    /** The call's answer; a failure never escapes as an exception. */
    public static <T> Uni<Answer<T>> of(PortalService service, Uni<T> call) {
        return call.map(value -> new Answer<>(service, value, null))
                .onFailure().recoverWithItem(failure -> new Answer<>(service, null, replyOf(service, failure)));
    }

    public boolean ok() {
        return failure == null;
    }

    /** The value, or {@code otherwise} when the call failed. */
    public T or(T otherwise) {
        return ok() && value != null ? value : otherwise;
    }

    /** The failure's reply, or a success reply without a body, for pages that speak {@link ServiceReply}. */
    public ServiceReply reply() {
        return ok() ? new ServiceReply(service, 200, null, null) : failure;
    }

    private static ServiceReply replyOf(PortalService service, Throwable failure) {
        if (failure instanceof ServiceCallFailed refused) {
            return refused.reply();
        }
        LOG.warnf("Portal could not reach %s: %s", service, failure.toString());
        return ServiceReply.unavailable(service);
    }
}
