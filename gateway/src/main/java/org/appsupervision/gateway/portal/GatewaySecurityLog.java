package org.appsupervision.gateway.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.appsupervision.gateway.audit.AuditRepository;
import org.appsupervision.gateway.audit.AuditResource;
import org.appsupervision.gateway.audit.AuditVerification;
import org.appsupervision.portal.auditlog.AuditLogService;
import org.appsupervision.portal.auditlog.AuditViews;
import org.appsupervision.portal.host.SecurityLog;

/** Gives the portal's audit log page the gateway's own hash-chained security log, read in this process. */
@ApplicationScoped
public class GatewaySecurityLog implements SecurityLog {

    private final AuditVerification log;
    private final AuditRepository records;

    public GatewaySecurityLog(AuditVerification log, AuditRepository records) {
        this.log = log;
        this.records = records;
    }

    @Override
    public AuditViews.Page newest(Long before) {
        int page = AuditLogService.PAGE;
        long top = before != null ? before : records.last().map(r -> r.seq + 1).orElse(1L);
        long after = Math.max(0, top - 1 - page);
        List<AuditResource.Entry> entries = new ArrayList<>(log.page(after, page).stream()
                .filter(r -> r.seq() < top).toList());
        entries.sort(Comparator.comparingLong(AuditResource.Entry::seq).reversed());
        List<AuditViews.Entry> shown = entries.stream().map(r -> new AuditViews.Entry(r.seq(), r.recordedAt(), r.actor(),
                r.action(), r.subject(), r.address(), r.detail() == null ? List.of()
                        : List.of(new AuditViews.FieldChange("detail", null, r.detail(), true)), r.seq(), r.hash()))
                .toList();
        Long older = after > 0 ? after + 1 : null;
        return new AuditViews.Page("gateway", null, null, null, shown, older, false, null);
    }

    @Override
    public AuditViews.ChainCheck verify() {
        AuditVerification.Result own = log.verify();
        return new AuditViews.ChainCheck("gateway", true, own.intact(), own.records(), 0L, own.firstBrokenSeq(),
                own.reason(), null);
    }
}
