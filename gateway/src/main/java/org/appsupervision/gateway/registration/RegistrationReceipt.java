package org.appsupervision.gateway.registration;

import java.util.UUID;

/** The answer to a registration: its id and the secret token that shows its status (given once, never again). */
public record RegistrationReceipt(UUID id, String statusToken, Registration.Status status) {
}
