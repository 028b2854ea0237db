package org.appsupervision.gateway.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The authorisation letter (授权委托书) of a registration, kept whole in PostgreSQL. */
@Entity
@Table(name = "registration_letter")
public class RegistrationLetter {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    public byte[] content;
}
