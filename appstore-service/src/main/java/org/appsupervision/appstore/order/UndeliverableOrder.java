package org.appsupervision.appstore.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A store that could not receive an order for an app (a takedown, or a reinstatement after a lifting), with the reason. */
@Entity
@Table(name = "undeliverable_order")
public class UndeliverableOrder {

    @Id
    public UUID id;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "chain_id")
    public UUID chainId;

    @Column(name = "notice_title")
    public String noticeTitle;

    @Column(name = "app_name")
    public String appName;

    @Column(name = "package_name")
    public String packageName;

    @Column(name = "store_code")
    public String storeCode;

    /** The operator's unified social credit code (null on records made before it was kept). */
    @Column(name = "operator_credit_code")
    public String operatorCreditCode;

    @Enumerated(EnumType.STRING)
    public UndeliverableReason reason;

    /** Whether the order that could not be issued was a takedown or a reinstatement. */
    @Enumerated(EnumType.STRING)
    public OrderKind kind;

    @Column(name = "ordered_at")
    public Instant orderedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
