package org.appsupervision.penalty.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Facts from the chain that call for a penalty case at the bureau of the subject's province. */
@Entity
@Table(name = "case_proposal")
public class CaseProposal {

    /** Status of a proposal: waiting, filed as a case (立案), or dismissed with a reason. */
    public enum Status {
        PROPOSED,
        FILED,
        DISMISSED
    }

    @Id
    public UUID id;

    @Column(name = "bureau_province_code")
    public String bureauProvinceCode;

    /** The province of the subject; where it has no bureau, {@link #bureauProvinceCode} is the ministry's. */
    @Column(name = "subject_province_code")
    public String subjectProvinceCode;

    @Enumerated(EnumType.STRING)
    public ProposalGround ground;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Column(name = "subject_name")
    public String subjectName;

    @Column(name = "subject_code")
    public String subjectCode;

    @Column(name = "fact_key")
    public String factKey;

    @Column(name = "chain_id")
    public UUID chainId;

    @Column(name = "notice_id")
    public UUID noticeId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(name = "app_name")
    public String appName;

    @Column(name = "package_name")
    public String packageName;

    public String facts;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "dismissal_reason")
    public String dismissalReason;

    @Column(name = "case_id")
    public UUID caseId;
}
