package org.appsupervision.penalty.deadline;

import org.appsupervision.penalty.cases.CaseStage;

/** A time limit due soon or overdue, with the case it belongs to. */
public record DueDeadline(String caseNumber, String bureauProvinceCode, String subjectName, CaseStage stage,
        DeadlineView deadline) {
}
