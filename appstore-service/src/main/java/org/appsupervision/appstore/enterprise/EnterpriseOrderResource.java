package org.appsupervision.appstore.enterprise;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.appsupervision.platform.paging.PageRequest;
import org.appsupervision.platform.paging.Paged;
import org.appsupervision.platform.security.Roles;
import org.appsupervision.platform.security.TokenScope;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An enterprise follows the takedown and reinstatement orders of its own apps, per store (role operator). */
@Path("/api/enterprise-orders")
@RolesAllowed(Roles.OPERATOR)
@Tag(name = "Enterprise (operator): orders")
public class EnterpriseOrderResource {

    private final EnterpriseOrderService orders;
    private final JsonWebToken token;

    public EnterpriseOrderResource(EnterpriseOrderService orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    @GET
    @Operation(summary = "The orders of its apps per store, with status and times (role operator)",
            description = "Only orders whose app's operator has the credit code of the token (orders recorded before "
                    + "the code was kept are not shown), newest first, paged: limit and after, Link rel=next when there "
                    + "is more; noticeId and packageName narrow the list. Errors are application/problem+json: 400 "
                    + "/problems/validation (limit, after, noticeId), 401 /problems/unauthenticated, 403 "
                    + "/problems/forbidden (not an operator, or a token without credit_code).")
    public RestResponse<List<EnterpriseOrderView>> list(@QueryParam("noticeId") UUID noticeId,
            @QueryParam("packageName") String packageName, @BeanParam PageRequest page, @Context UriInfo uri) {
        return Paged.answer(orders.page(TokenScope.creditCode(token::getClaim), noticeId, packageName, page), uri);
    }
}
