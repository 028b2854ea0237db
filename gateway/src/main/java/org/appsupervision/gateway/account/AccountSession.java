package org.appsupervision.gateway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One login session of an official: opened by a password login, ended by logout or by a change to the account. */
@Entity
@Table(name = "account_session")
public class AccountSession {

    @Id
    public UUID id;

    public String username;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason")
    public String endReason;
}
