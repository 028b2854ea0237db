package org.appsupervision.penalty.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A link from a case to the chain: a finding, a notice item or an order, by chain id. */
@Embeddable
public class SubjectLink {

    /** FINDING, NOTICE_ITEM or ORDER. */
    public String kind;

    @Column(name = "chain_id")
    public UUID chainId;

    @Column(name = "ref_id")
    public UUID refId;
}
