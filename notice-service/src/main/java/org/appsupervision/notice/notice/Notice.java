package org.appsupervision.notice.notice;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Who changed the content after the drafter, each once, in the order of their first edit. */
    @ElementCollection
    @CollectionTable(name = "notice_editor", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "seq")
    @Column(name = "username")
    public List<String> editors = new ArrayList<>();

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

    @Column(name = "batch_year")
    public Integer batchYear;

    @Column(name = "yearly_batch")
    public Integer yearlyBatch;

    @Column(name = "cumulative_batch")
    public Integer cumulativeBatch;

    @Column(name = "rectification_days")
    public Integer rectificationDays;

    @Column(name = "working_days")
    public boolean workingDays;

    @Column(name = "requested_deadline")
    public LocalDate requestedDeadline;

    @Column(name = "deadline_date")
    public LocalDate deadlineDate;

    @Column(name = "deadline_rule")
    public String deadlineRule;

    @Column(name = "deadline_explanation")
    public String deadlineExplanation;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "withdraws_notice_id")
    public UUID withdrawsNoticeId;

    @Column(name = "source_notice_id")
    public UUID sourceNoticeId;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The admin who imported this notice into the archive of historical notices; null for the suite's own notices. */
    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "imported_at")
    public Instant importedAt;

    /** What identifies an imported notice across imports (kind, title, publication date). */
    @Column(name = "archive_key")
    public String archiveKey;

    /** Where the imported notice was published (an address or a citation), as the import file says. */
    @Column(name = "archive_source")
    public String archiveSource;

    /** What the import file says about the record (what it leaves out, which values are illustrative or generated). */
    @Column(name = "archive_note")
    public String archiveNote;

    @Version
    public long version;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("seq")
    public List<NoticeItem> items = new ArrayList<>();

    /** Whether this notice is a historical record imported into the archive (it gave no orders in this system). */
    public boolean imported() {
        return importedBy != null;
    }

    /** Everyone who shaped the content: the drafter first, then the editors. */
    public List<String> authors() {
        List<String> authors = new ArrayList<>(editors.size() + 1);
        authors.add(draftedBy);
        authors.addAll(editors);
        return authors;
    }

    /** Records that {@code user} shaped the content; the drafter stays the drafter, each editor is named once. */
    public void shapedBy(String user) {
        if (!user.equals(draftedBy) && !editors.contains(user)) {
            editors.add(user);
        }
    }
}
