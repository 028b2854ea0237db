package org.appsupervision.penalty.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The public list of published penalty decisions; no login needed. */
@Path("/public/penalty/decisions")
@PermitAll
public class PublicDecisionResource {

    private final PublicDecisionService decisions;

    public PublicDecisionResource(PublicDecisionService decisions) {
        this.decisions = decisions;
    }

    @GET
    public List<PublishedDecision> list(@QueryParam("province") @Pattern(regexp = "\\d{2}") String province,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return decisions.list(province, limit);
    }
}
