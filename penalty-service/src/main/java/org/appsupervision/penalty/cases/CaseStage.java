package org.appsupervision.penalty.cases;

/** The stages of the Administrative Penalty Law procedure a case passes through, in order. */
public enum CaseStage {
    /** 立案. */
    FILED,
    /** 调查取证, by at least two officers. */
    INVESTIGATION,
    /** 审查, with 法制审核 for serious cases. */
    REVIEW,
    /** 事先告知 issued; the party may state, defend and ask for a hearing. */
    PRIOR_NOTICE,
    /** 听证 requested, scheduled or held. */
    HEARING,
    /** A decision drafted, waiting for a second officer's approval. */
    DECISION_PROPOSED,
    /** 决定 approved, to be served. */
    DECIDED,
    /** 送达 done; 执行 under way. */
    EXECUTION,
    /** 结案. */
    CLOSED
}
