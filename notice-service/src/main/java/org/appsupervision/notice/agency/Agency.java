package org.appsupervision.notice.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A third-party testing agency (第三方检测机构) that re-checks rectifications, registered by its credit code. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @Column(name = "credit_code")
    public String creditCode;

    public String name;

    /** GB/T 2260 province codes the agency serves; empty: every province. */
    public String[] provinces;

    public boolean active;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether the agency serves the province: it names it, or it serves every province. */
    public boolean serves(String province) {
        return provinces.length == 0 || java.util.Arrays.asList(provinces).contains(province);
    }
}
