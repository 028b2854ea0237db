package org.appsupervision.portal.auditlog;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.PerService;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.audit.AuditApi;
import org.appsupervision.portal.api.audit.AuditPage;
import org.appsupervision.portal.api.audit.ChainVerification;
import org.appsupervision.portal.api.penalty.BureauFigures;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.api.penalty.Proposal;
import org.appsupervision.portal.host.SecurityLog;

/**
 * Reads the gateway's hash-chained security log (in this process) and each service's trail of state
 * changes (over HTTP with the auditor's token), newest first, and gathers every chain's verification.
 */
@ApplicationScoped
public class AuditLogService {

    /** Entries on a page of a trail (and of the gateway's log). */
    public static final int PAGE = 50;

    private final SecurityLog gatewayLog;
    private final PerService<AuditApi> trails;
    private final PenaltyApi penalty;

    public AuditLogService(SecurityLog gatewayLog, PerService<AuditApi> trails, PenaltyApi penalty) {
        this.gatewayLog = gatewayLog;
        this.trails = trails;
        this.penalty = penalty;
    }

    public AuditViews.Page page(String source, String table, String rowKey, String actor, Long before, Viewer viewer,
            PortalMessages m) {
        String chosen = source != null && AuditViews.SOURCES.contains(source) ? source : "gateway";
        if (chosen.equals("gateway")) {
            return gatewayLog.newest(before);
        }
        PortalService service = service(chosen);
        Answer<AuditPage> answer = Answer.of(service, trails.at(service).trail(chosen, blankToNull(table),
                blankToNull(rowKey), blankToNull(actor), before, PAGE)).await().indefinitely();
        AuditPage page = answer.or(new AuditPage(List.of(), null));
        List<AuditViews.Entry> entries = page.entries().stream().map(AuditLogService::trailEntry).toList();
        return new AuditViews.Page(chosen, table, rowKey, actor, entries, page.next(), true, problem(answer.reply(), m));
    }

    /** Every chain's verification, the three services asked in parallel. */
    public List<AuditViews.ChainCheck> verifyAll(Viewer viewer) {
        List<Uni<Answer<ChainVerification>>> asks = AuditViews.SOURCES.stream().skip(1)
                .map(s -> Answer.of(service(s), trails.at(service(s)).verification(s))).toList();
        List<AuditViews.ChainCheck> checks = new ArrayList<>();
        checks.add(gatewayLog.verify());
        List<Answer<ChainVerification>> answers = Uni.join().all(asks).andCollectFailures().await().indefinitely();
        for (int i = 0; i < answers.size(); i++) {
            String source = AuditViews.SOURCES.get(i + 1);
            ChainVerification v = answers.get(i).value();
            checks.add(answers.get(i).ok() ? new AuditViews.ChainCheck(source, true, v.intact(), v.sealed(),
                    v.unsealed(), v.brokenAtChainSeq(), v.reason(), v.headHash())
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

    private static AuditViews.Entry trailEntry(AuditPage.Entry e) {
        return new AuditViews.Entry(e.seq(), e.recordedAt(), e.actor(), e.operation(), e.table(), e.rowKey(),
                RowDiff.of(AuditPage.Entry.text(e.before()), AuditPage.Entry.text(e.after())), e.chainSeq(), e.hash());
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
