package org.appsupervision.penalty.payment;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.appsupervision.penalty.cases.Officer;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Payments of a case and what is owed on a day (surcharge computed on read). */
@Path("/api/penalty/cases/{id}/payments")
@RolesAllowed({Roles.BUREAU, Roles.OFFICIAL, Roles.APPROVER, Roles.AUDITOR, Roles.ADMIN})
public class PaymentResource {

    private final PaymentService payments;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public PaymentResource(PaymentService payments, SecurityIdentity identity, JsonWebToken token) {
        this.payments = payments;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.BUREAU)
    public PaymentStatus record(@PathParam("id") UUID id, @Valid @NotNull PaymentService.PaymentRequest request) {
        return payments.record(id, Officer.of(identity, token), request);
    }

    @GET
    public PaymentStatus status(@PathParam("id") UUID id, @QueryParam("on") LocalDate on) {
        return payments.status(id, BureauScope.actingAsBureau(identity, token::getClaim), on);
    }
}
