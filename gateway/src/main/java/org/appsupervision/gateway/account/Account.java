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

/** An official's account: a bcrypt password hash, roles, and the province of a bureau officer. */
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

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    public Set<String> roles = new HashSet<>();
}
