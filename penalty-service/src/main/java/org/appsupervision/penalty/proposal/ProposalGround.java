package org.appsupervision.penalty.proposal;

/** Why the chain proposes a case. */
public enum ProposalGround {
    /** The operator was notified, did not rectify, and its app was ordered taken down. */
    OPERATOR_REFUSED_RECTIFICATION,
    /** A store let a takedown order pass its deadline unconfirmed. */
    STORE_TAKEDOWN_OVERDUE
}
