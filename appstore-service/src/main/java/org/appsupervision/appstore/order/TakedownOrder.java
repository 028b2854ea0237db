package org.appsupervision.appstore.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.appsupervision.appstore.store.ChannelKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.UUID;

/** An order to one channel (an app store or a handset maker) to take one app down, with its clock and the channel's evidence. */
@Entity
@Table(name = "takedown_order")
public class TakedownOrder {

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

    @Column(name = "app_version")
    public String appVersion;

    @Column(name = "operator_name")
    public String operatorName;

    /** The operator's unified social credit code (null on orders recorded before it was kept). */
    @Column(name = "operator_credit_code")
    public String operatorCreditCode;

    @Column(name = "store_code")
    public String storeCode;

    /** The kind of the channel ordered, which says what it must do. */
    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind")
    public ChannelKind channelKind = ChannelKind.APP_STORE;

    /** For a handset maker: the model lines it preinstalled the app on when ordered; null for an app store. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "model_lines")
    public List<String> modelLines;

    @Enumerated(EnumType.STRING)
    public OrderKind kind = OrderKind.TAKEDOWN;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "ordered_at")
    public Instant orderedAt;

    public Instant deadline;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "removed_at")
    public Instant removedAt;

    @Column(name = "listing_reference")
    public String listingReference;

    public String note;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "objected_at")
    public Instant objectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_reason")
    public ObjectionReason objectionReason;

    @Column(name = "objection_text")
    public String objectionText;

    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome")
    public ObjectionOutcome objectionOutcome;

    @Column(name = "objection_decided_at")
    public Instant objectionDecidedAt;

    @Column(name = "objection_decided_by")
    public String objectionDecidedBy;

    @Column(name = "objection_decision_note")
    public String objectionDecisionNote;

    @Version
    public long version;
}
