package org.appsupervision.notice.agency;

import java.time.Instant;
import java.util.List;

/** A registered testing agency as the API shows it. */
public record AgencyView(String creditCode, String name, List<String> provinces, boolean active, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt) {

    static AgencyView of(Agency agency) {
        return new AgencyView(agency.creditCode, agency.name, List.of(agency.provinces), agency.active,
                agency.createdBy, agency.createdAt, agency.updatedBy, agency.updatedAt);
    }
}
