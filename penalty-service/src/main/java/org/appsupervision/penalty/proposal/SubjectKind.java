package org.appsupervision.penalty.proposal;

/** The party a case would be brought against. */
public enum SubjectKind {
    OPERATOR,
    STORE
}
