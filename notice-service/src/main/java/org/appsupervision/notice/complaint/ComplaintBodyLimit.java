package org.appsupervision.notice.complaint;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import org.appsupervision.platform.problem.ProblemException;
import org.appsupervision.platform.problem.ProblemTypes;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses a complaint whose declared body is larger than notice.complaints.max-body-bytes before it is read. */
public class ComplaintBodyLimit {

    private final ComplaintConfig config;

    public ComplaintBodyLimit(ComplaintConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(HttpServerRequest request) {
        if (request.method() != HttpMethod.POST || !"/api/public/complaints".equals(request.path())) {
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
            throw new ProblemException(ProblemTypes.CONTENT_TOO_LARGE,
                    "A complaint may have at most " + config.maxBodyBytes() + " bytes with its screenshots");
        }
    }
}
