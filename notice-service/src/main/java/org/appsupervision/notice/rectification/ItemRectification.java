package org.appsupervision.notice.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Whether the app of a rectification or re-check notice item was rectified, as a re-check found or an official overrode. */
@Entity
@Table(name = "item_rectification")
public class ItemRectification {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;

    @Column(name = "fixed_version")
    public String fixedVersion;

    public String note;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    @Column(name = "deadline_passed_at")
    public Instant deadlinePassedAt;

    /** What the state rests on: a re-check task, or an official's override; null while pending. */
    @Enumerated(EnumType.STRING)
    public Basis basis;

    @Column(name = "override_reason")
    public String overrideReason;

    /** The last completed re-check of the item, passing or not. */
    @Column(name = "recheck_task_id")
    public UUID recheckTaskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recheck_outcome")
    public RectificationStatus recheckOutcome;

    /** What an item's rectification state rests on. */
    public enum Basis { RECHECK, OVERRIDE }

    /** A new, pending rectification for a published item. */
    public static ItemRectification pending(UUID itemId) {
        ItemRectification rectification = new ItemRectification();
        rectification.itemId = itemId;
        rectification.status = RectificationStatus.PENDING;
        return rectification;
    }
}
