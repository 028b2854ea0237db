package org.appsupervision.notice.reinstatement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The lifting of a takedown (the app was cleared): stores reinstate it. */
@Entity
@Table(name = "takedown_lifting")
public class TakedownLifting {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    public String reason;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lifted_at")
    public Instant liftedAt;
}
