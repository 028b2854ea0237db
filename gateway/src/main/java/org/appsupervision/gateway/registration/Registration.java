package org.appsupervision.gateway.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An enterprise's self-registration: who it is, the account it wants, its letter's digest, and the decision. */
@Entity
@Table(name = "registration")
public class Registration {

    /** Where a registration stands. */
    public enum Status { PENDING, VERIFIED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "credit_code")
    public String creditCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "status_token_hash")
    public String statusTokenHash;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String reason;

    @Column(name = "letter_type")
    public String letterType;

    @Column(name = "letter_size")
    public int letterSize;

    @Column(name = "letter_sha256")
    public String letterSha256;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
