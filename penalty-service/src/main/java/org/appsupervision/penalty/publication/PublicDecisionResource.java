package org.appsupervision.penalty.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.jboss.resteasy.reactive.RestResponse;

/** The public list of published penalty decisions; no login needed. */
@Path("/public/penalty/decisions")
@PermitAll
public class PublicDecisionResource {

    private final PublicDecisionService decisions;

    public PublicDecisionResource(PublicDecisionService decisions) {
        this.decisions = decisions;
    }

    @GET
    public RestResponse<List<PublishedDecision>> list(
            @QueryParam("province") @Pattern(regexp = "\\d{2}") String province, @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return Paged.answer(decisions.list(province, page), uri);
    }
}
