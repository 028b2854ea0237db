package org.appsupervision.penalty.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a case's procedure as it happened: who, what, when, from which stage to which. */
@Entity
@Table(name = "case_step")
public class CaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public CaseStage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public CaseStage toStage;
    public String actor;
    public Instant at;
    public String note;
}
