package org.appsupervision.portal.auditlog;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.penalty.BureauFigures;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.api.penalty.Proposal;
import org.appsupervision.portal.host.SecurityLog;
import org.appsupervision.portal.ops.Query;

/**
 * Reads the gateway's hash-chained security log (in this process) and each service's trail of state
 * changes (over HTTP with the auditor's token), newest first, and gathers every chain's verification.
 */
@ApplicationScoped
public class AuditLogService {

    /** Entries on a page of a trail (and of the gateway's log). */
    public static final int PAGE = 50;

    private final SecurityLog gatewayLog;
    private final ServiceClient services;
    private final PenaltyApi penalty;

    public AuditLogService(SecurityLog gatewayLog, ServiceClient services, PenaltyApi penalty) {
        this.gatewayLog = gatewayLog;
        this.services = services;
        this.penalty = penalty;
    }

    public AuditViews.Page page(String source, String table, String rowKey, String actor, Long before, Viewer viewer,
            PortalMessages m) {
        String chosen = source != null && AuditViews.SOURCES.contains(source) ? source : "gateway";
        if (chosen.equals("gateway")) {
            return gatewayLog.newest(before);
        }
        ServiceReply reply = services.await(services.get(service(chosen), "/api/audit-trail/" + chosen + Query.of()
                .add("table", table).add("rowKey", rowKey).add("actor", actor).add("before", before).add("limit", PAGE), viewer));
        JsonObject page = reply.object();
        List<AuditViews.Entry> entries = objects(page.getJsonArray("entries")).stream().map(AuditLogService::trailEntry).toList();
        return new AuditViews.Page(chosen, table, rowKey, actor, entries, page.getLong("next"), true, problem(reply, m));
    }

    /** Every chain's verification, the three services asked in parallel. */
    public List<AuditViews.ChainCheck> verifyAll(Viewer viewer) {
        List<Uni<ServiceReply>> asks = AuditViews.SOURCES.stream().skip(1)
                .map(s -> services.get(service(s), "/api/audit-trail/" + s + "/verification", viewer)).toList();
        List<AuditViews.ChainCheck> checks = new ArrayList<>();
        checks.add(gatewayLog.verify());
        List<ServiceReply> replies = Uni.join().all(asks).andCollectFailures().await().indefinitely();
        for (int i = 0; i < replies.size(); i++) {
            String source = AuditViews.SOURCES.get(i + 1);
            ServiceReply reply = replies.get(i);
            JsonObject v = reply.object();
            checks.add(reply.ok() ? new AuditViews.ChainCheck(source, true, v.getBoolean("intact", false), v.getLong("sealed"),
                    v.getLong("unsealed"), v.getLong("brokenAtChainSeq"), v.getString("reason"), v.getString("headHash"))
                    : new AuditViews.ChainCheck(source, false, false, null, null, null, null, null));
        }
        return checks;
    }

    /** Proposals and cases per province, from the penalty service's statistics and proposals. */
    public AuditViews.Provinces provinces(Viewer viewer, PortalMessages m) {
        var replies = Uni.combine().all().unis(
                Answer.of(PortalService.PENALTY, penalty.statistics()),
                WholeLists.<Proposal>of(PortalService.PENALTY, penalty::proposals)).asTuple().await().indefinitely();
        Map<String, long[]> proposals = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Proposal p : replies.getItem2().or(List.of())) {
            String code = p.bureauProvinceCode();
            names.putIfAbsent(code, p.bureauName() != null ? p.bureauName() : code);
            long[] counts = proposals.computeIfAbsent(code, c -> new long[2]);
            counts[0]++;
            if ("PROPOSED".equals(p.status())) {
                counts[1]++;
            }
        }
        Map<String, BureauFigures> stats = new TreeMap<>();
        for (BureauFigures s : replies.getItem1().or(List.of())) {
            stats.put(s.bureauProvinceCode(), s);
            names.put(s.bureauProvinceCode(), s.bureauName() != null ? s.bureauName() : s.bureauProvinceCode());
        }
        List<AuditViews.ProvinceCount> rows = new ArrayList<>();
        long allProposals = 0;
        long allCases = 0;
        for (var name : names.entrySet()) {
            long[] p = proposals.getOrDefault(name.getKey(), new long[2]);
            BureauFigures s = stats.get(name.getKey());
            long cases = s == null ? 0 : s.cases();
            if (p[0] == 0 && cases == 0) {
                continue;
            }
            rows.add(new AuditViews.ProvinceCount(name.getKey(), name.getValue(), p[0], p[1], cases,
                    s == null ? 0 : s.decisions(),
                    s == null || s.finesImposedCny() == null ? "0" : s.finesImposedCny().toPlainString()));
            allProposals += p[0];
            allCases += cases;
        }
        String problem = problem(replies.getItem1().reply(), m);
        return new AuditViews.Provinces(rows, allProposals, allCases,
                problem == null ? problem(replies.getItem2().reply(), m) : problem);
    }

    private static AuditViews.Entry trailEntry(JsonObject e) {
        return new AuditViews.Entry(e.getLong("seq", 0L), e.getString("recordedAt") == null ? null : Instant.parse(e.getString("recordedAt")),
                e.getString("actor"), e.getString("operation"), e.getString("table"), e.getString("rowKey"),
                RowDiff.of(e.getValue("before"), e.getValue("after")), e.getLong("chainSeq"), e.getString("hash"));
    }

    private static PortalService service(String source) {
        return switch (source) {
            case "notice-service" -> PortalService.NOTICE;
            case "appstore-service" -> PortalService.APPSTORE;
            default -> PortalService.PENALTY;
        };
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of() : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
