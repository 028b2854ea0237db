package org.appsupervision.notice.notice;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A notice (通报) and its items; it changes only while it is a draft. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public String title;

    @Enumerated(EnumType.STRING)
    public NoticeStatus status;

    @Column(name = "drafted_by")
    public String draftedBy;

    @Column(name = "drafted_at")
    public Instant draftedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("seq")
    public List<NoticeItem> items = new ArrayList<>();
}
