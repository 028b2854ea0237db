package org.appsupervision.gateway.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person's account: a bcrypt password hash, roles, the scope its tokens carry (a bureau officer's province, an
 * enterprise's or an agency's credit code), and its lockout state.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "province_code")
    public String provinceCode;

    /** The enterprise's unified social credit code, on an operator account (set when its registration is verified). */
    @Column(name = "credit_code")
    public String creditCode;

    /** The testing agency's unified social credit code, on an agency account. */
    @Column(name = "agency_code")
    public String agencyCode;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "failed_attempts")
    public int failedAttempts;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();
}
