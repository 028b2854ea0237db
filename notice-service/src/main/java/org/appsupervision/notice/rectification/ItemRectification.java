package org.appsupervision.notice.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Whether the app of a rectification or re-check notice item was rectified, as a re-check found. */
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

    /** A new, pending rectification for a published item. */
    public static ItemRectification pending(UUID itemId) {
        ItemRectification rectification = new ItemRectification();
        rectification.itemId = itemId;
        rectification.status = RectificationStatus.PENDING;
        return rectification;
    }
}
