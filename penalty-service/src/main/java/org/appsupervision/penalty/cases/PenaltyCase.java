package org.appsupervision.penalty.cases;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appsupervision.penalty.proposal.SubjectKind;

/** A penalty case of one bureau against an operator or a store, from filing to closing. */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase {

    @Id
    public UUID id;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "bureau_province_code")
    public String bureauProvinceCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;
    @Column(name = "subject_name")
    public String subjectName;
    @Column(name = "subject_code")
    public String subjectCode;
    @Column(name = "subject_address")
    public String subjectAddress;
    public String facts;
    @Column(name = "chain_id")
    public UUID chainId;
    @Column(name = "proposal_id")
    public UUID proposalId;
    @Enumerated(EnumType.STRING)
    public CaseStage stage;
    public boolean serious;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "filed_by")
    public String filedBy;
    @Column(name = "filed_at")
    public Instant filedAt;
    public String[] investigators = new String[0];
    public String findings;
    @Column(name = "legal_review_by")
    public String legalReviewBy;
    @Column(name = "legal_review_opinion")
    public String legalReviewOpinion;
    @Column(name = "prior_notice_on")
    public LocalDate priorNoticeOn;
    public String defence;
    @Column(name = "defence_on")
    public LocalDate defenceOn;
    @Column(name = "hearing_requested_on")
    public LocalDate hearingRequestedOn;
    @Column(name = "hearing_notice_on")
    public LocalDate hearingNoticeOn;
    @Column(name = "hearing_on")
    public LocalDate hearingOn;
    @Column(name = "hearing_record")
    public String hearingRecord;
    @Column(name = "decision_proposed_by")
    public String decisionProposedBy;
    @Column(name = "decision_on")
    public LocalDate decisionOn;
    @Column(name = "decision_approved_by")
    public String decisionApprovedBy;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "served_on")
    public LocalDate servedOn;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "closed_on")
    public LocalDate closedOn;
    public String outcome;
    @Column(name = "decision_extension")
    public String decisionExtension;
    @Column(name = "illegal_gains")
    public BigDecimal illegalGains;
    @Column(name = "previous_year_turnover")
    public BigDecimal previousYearTurnover;
    @Column(name = "prior_notice_basis")
    public String priorNoticeBasis;
    @Column(name = "prior_notice_reasons")
    public String priorNoticeReasons;
    @Column(name = "decision_basis")
    public String decisionBasis;
    @Column(name = "decision_reasons")
    public String decisionReasons;
    @Column(name = "total_fine")
    public BigDecimal totalFine;
    @Version
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_link", joinColumns = @JoinColumn(name = "case_id"))
    public List<SubjectLink> links = new ArrayList<>();
}
