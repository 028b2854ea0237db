package org.appsupervision.penalty.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.appsupervision.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a refused case step with an RFC 9457 problem document. */
public class PenaltyProblemMapper {

    @ServerExceptionMapper
    public Response refused(PenaltyProblemException e, UriInfo uri) {
        PenaltyProblem type = e.problem();
        Problem body = new Problem(type.uri(), type.title(), type.status(), e.getMessage(),
                uri == null ? null : uri.getPath(), null);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
