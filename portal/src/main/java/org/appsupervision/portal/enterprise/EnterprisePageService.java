package org.appsupervision.portal.enterprise;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.portal.Formats;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.EnterpriseOrder;
import org.appsupervision.portal.api.notice.EnterpriseView;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.penalty.EnterpriseCase;
import org.appsupervision.portal.api.penalty.PenaltyApi;
import org.appsupervision.portal.enterprise.EnterprisePages.Deadline;
import org.appsupervision.portal.ops.OpsMessages;
import org.appsupervision.portal.penalty.CaseService;

/**
 * Reads what the enterprise's pages show from the three services with the viewer's token: each service answers only
 * what concerns the token's credit code, so the portal never filters by enterprise itself.
 */
@ApplicationScoped
public class EnterprisePageService {

    static final int HOME_ROWS = 50;

    private final NoticeApi notices;
    private final PenaltyApi penalty;
    private final AppstoreApi appstore;

    public EnterprisePageService(NoticeApi notices, PenaltyApi penalty, AppstoreApi appstore) {
        this.notices = notices;
        this.penalty = penalty;
        this.appstore = appstore;
    }

    /** The texts a page is labelled with, in the reader's language. */
    public record Texts(EnterpriseMessages e, PortalMessages m, OpsMessages ops, boolean english) {
    }

    /** A page of one service's reply, or the reason it could not be read. */
    public record Read<T>(T page, ServiceReply failed) {
    }

    public EnterprisePages.Home home(Viewer viewer, Texts t) {
        EnterpriseMessages e = t.e();
        PortalMessages m = t.m();
        OpsMessages ops = t.ops();
        var replies = Uni.combine().all().unis(
                Answer.of(PortalService.NOTICE, notices.enterpriseApps(HOME_ROWS)),
                Answer.of(PortalService.NOTICE, notices.enterpriseNotices(HOME_ROWS)),
                Answer.of(PortalService.PENALTY, penalty.enterpriseCases(HOME_ROWS)))
                .asTuple().await().indefinitely();
        LocalDate today = LocalDate.now(Formats.CHINA);
        List<EnterprisePages.AppLine> apps = replies.getItem1().or(List.of()).stream()
                .map(a -> new EnterprisePages.AppLine(a.packageName(), a.name(), joined(a.versions()),
                        joined(a.stores()), a.takenDown()))
                .toList();
        List<EnterprisePages.NoticeLine> notices = replies.getItem2().or(List.of()).stream()
                .map(n -> new EnterprisePages.NoticeLine(n.id(), n.title(), kind(n.kind(), e), day(n.publishedAt()),
                        n.deadline(), n.itemCount()))
                .toList();
        List<EnterprisePages.CaseLine> cases = replies.getItem3().or(List.of()).stream().map(c -> {
            EnterpriseCase.PartyDeadline next = c.nextDeadline();
            return new EnterprisePages.CaseLine(c.id(), c.caseNumber(), c.bureauName(),
                    CaseService.stageLabel(c.stage(), ops), c.filedOn(),
                    next == null ? null : ops.deadline_kind(next.kind()), next == null ? null : next.dueDate());
        }).toList();
        List<Deadline> deadlines = new ArrayList<>();
        for (EnterprisePages.NoticeLine n : notices) {
            if (n.deadline() != null && !n.deadline().isBefore(today) && !e.kind_takedown().equals(n.kind())) {
                deadlines.add(new Deadline(n.title(), "/portal/enterprise/notices/" + n.id(), n.deadline(),
                        ChronoUnit.DAYS.between(today, n.deadline())));
            }
        }
        for (EnterprisePages.CaseLine c : cases) {
            if (c.nextDue() != null && !c.nextDue().isBefore(today)) {
                deadlines.add(new Deadline(c.caseNumber() + " · " + c.nextDeadline(), "/portal/enterprise/cases/" + c.id(),
                        c.nextDue(), ChronoUnit.DAYS.between(today, c.nextDue())));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::due));
        List<String> problems = new ArrayList<>();
        for (ServiceReply reply : List.of(replies.getItem1().reply(), replies.getItem2().reply(),
                replies.getItem3().reply())) {
            String problem = problem(reply, m);
            if (problem != null && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return new EnterprisePages.Home(deadlines, apps, notices, cases, problems);
    }

    /** The notice page, or the reply that refused it. */
    public Read<EnterprisePages.NoticePage> notice(UUID id, Viewer viewer, Texts t) {
        EnterpriseMessages e = t.e();
        PortalMessages m = t.m();
        var replies = Uni.combine().all().unis(
                Answer.of(PortalService.NOTICE, notices.enterpriseNotice(id)),
                WholeLists.<EnterpriseOrder>of(PortalService.APPSTORE,
                        (limit, after) -> appstore.enterpriseOrders(id, null, limit, after)))
                .asTuple().await().indefinitely();
        if (!replies.getItem1().ok()) {
            return new Read<>(null, replies.getItem1().reply());
        }
        EnterpriseView.Notice n = replies.getItem1().value();
        List<EnterpriseOrder> orders = replies.getItem2().or(List.of());
        LocalDate today = LocalDate.now(Formats.CHINA);
        boolean takedown = "TAKEDOWN".equals(n.kind());
        List<EnterprisePages.Item> items = (n.items() == null ? List.<EnterpriseView.Item>of() : n.items()).stream()
                .map(i -> {
            LocalDate deadline = i.deadline();
            EnterpriseView.Rectification rect = i.rectification();
            String status = rect == null ? null : rect.status();
            boolean open = !takedown && deadline != null && !deadline.isBefore(today)
                    && (status == null || "PENDING".equals(status));
            UUID itemId = i.itemId();
            return new EnterprisePages.Item(itemId, i.chainId(), i.appName(), i.packageName(), i.version(),
                    problems(i.problems(), t.english()), deadline,
                    open ? ChronoUnit.DAYS.between(today, deadline) : null, rectification(status, e),
                    rect == null ? null : rect.fixedVersion(), i.liftedAt() != null,
                    open ? "/portal/enterprise/reports/new?itemId=" + itemId : null,
                    orders.stream().filter(o -> itemId.equals(o.itemId())).map(o -> order(o, e))
                            .sorted(Comparator.comparing(EnterprisePages.Order::storeCode)).toList());
        }).toList();
        return new Read<>(new EnterprisePages.NoticePage(id, n.title(), kind(n.kind(), e),
                day(n.publishedAt()), n.deadline(), items, problem(replies.getItem2().reply(), m)), null);
    }

    /** The app page, or the reply that refused it. */
    public Read<EnterprisePages.AppPage> app(String packageName, Viewer viewer, Texts t) {
        EnterpriseMessages e = t.e();
        PortalMessages m = t.m();
        var replies = Uni.combine().all().unis(
                Answer.of(PortalService.NOTICE, notices.enterpriseApp(packageName)),
                WholeLists.<EnterpriseOrder>of(PortalService.APPSTORE,
                        (limit, after) -> appstore.enterpriseOrders(null, packageName, limit, after)))
                .asTuple().await().indefinitely();
        if (!replies.getItem1().ok()) {
            return new Read<>(null, replies.getItem1().reply());
        }
        EnterpriseView.AppDetail detail = replies.getItem1().value();
        EnterpriseView.App a = detail.app() != null ? detail.app()
                : new EnterpriseView.App(null, null, null, List.of(), List.of(), false, List.of());
        List<EnterprisePages.Finding> findings = (detail.findings() == null ? List.<EnterpriseView.Finding>of()
                : detail.findings()).stream()
                .map(f -> new EnterprisePages.Finding(f.version(), f.sourceStore(), problems(f.problems(), t.english()),
                        f.evidence(), f.detectedAt(), f.authorityName(), f.batchFrom(), f.batchTo()))
                .toList();
        List<EnterprisePages.AppNotice> notices = (detail.notices() == null ? List.<EnterpriseView.AppNotice>of()
                : detail.notices()).stream()
                .map(n -> new EnterprisePages.AppNotice(n.noticeId(), n.title(), kind(n.kind(), e), day(n.publishedAt()),
                        n.deadline(), rectification(n.rectificationStatus(), e)))
                .toList();
        List<EnterprisePages.Order> orders = replies.getItem2().or(List.<EnterpriseOrder>of()).stream()
                .map(o -> order(o, e)).toList();
        return new Read<>(new EnterprisePages.AppPage(a.packageName(), a.name(), a.operatorName(), joined(a.versions()),
                joined(a.stores()), a.takenDown(), joined(a.takenDownBy()), detail.findingCount(), findings, notices, orders, problem(replies.getItem2().reply(), m)), null);
    }

    /** The case page, or the reply that refused it. */
    public Read<EnterprisePages.CasePage> oneCase(UUID id, Viewer viewer, Texts t) {
        EnterpriseMessages e = t.e();
        OpsMessages ops = t.ops();
        Answer<EnterpriseCase> answer = Answer.of(PortalService.PENALTY, penalty.enterpriseCase(id)).await().indefinitely();
        if (!answer.ok()) {
            return new Read<>(null, answer.failure());
        }
        EnterpriseCase c = answer.value();
        EnterpriseCase.PriorNotice prior = c.priorNotice();
        EnterpriseCase.Decision decision = c.decision();
        List<EnterprisePages.PartyDeadline> deadlines = c.deadlines().stream()
                .map(d -> new EnterprisePages.PartyDeadline(ops.deadline_kind(d.kind()), d.dueDate(),
                        deadlineStatus(d.status(), e), d.metOn()))
                .toList();
        List<EnterprisePages.Document> documents = c.documents().stream()
                .map(d -> new EnterprisePages.Document(d.id(),
                        "DECISION".equals(d.kind()) ? e.decision_doc() : e.prior_notice_doc(), d.number(), d.servedOn(),
                        "/portal/enterprise/cases/" + id + "/documents/" + d.id() + ".pdf"))
                .toList();
        return new Read<>(new EnterprisePages.CasePage(id, c.caseNumber(), c.bureauName(),
                CaseService.stageLabel(c.stage(), ops), c.filedOn(),
                prior == null ? null : prior.on(), prior == null ? null : prior.citation(),
                prior == null ? null : penalties(prior.penalties()), c.hearingRequestedOn(), c.hearingOn(),
                decision == null ? null : decision.number(), decision == null ? null : decision.decidedOn(),
                decision == null ? null : decision.servedOn(), decision == null ? null : decision.citation(),
                decision == null ? null : penalties(decision.penalties()),
                decision == null ? null : decision.totalFine(), deadlines, documents), null);
    }

    private static EnterprisePages.Order order(EnterpriseOrder o, EnterpriseMessages e) {
        return new EnterprisePages.Order(o.storeCode(),
                "REINSTATEMENT".equals(o.kind()) ? e.order_reinstatement() : e.order_takedown(),
                orderStatus(o.status(), e), o.overdue(), o.orderedAt(), o.deadline(), o.confirmedAt());
    }

    static String kind(String kind, EnterpriseMessages e) {
        return switch (kind == null ? "" : kind) {
            case "RECTIFICATION" -> e.kind_rectification();
            case "RECHECK" -> e.kind_recheck();
            case "TAKEDOWN" -> e.kind_takedown();
            default -> kind;
        };
    }

    static String rectification(String status, EnterpriseMessages e) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> e.rect_pending();
            case "RECTIFIED" -> e.rect_rectified();
            case "NOT_RECTIFIED" -> e.rect_not_rectified();
            default -> null;
        };
    }

    static String orderStatus(String status, EnterpriseMessages e) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> e.status_pending();
            case "ACKNOWLEDGED" -> e.status_acknowledged();
            case "OBJECTED" -> e.status_objected();
            case "CONFIRMED" -> e.status_confirmed();
            case "WITHDRAWN" -> e.status_withdrawn();
            case "UNDELIVERABLE" -> e.status_undeliverable();
            default -> status;
        };
    }

    static String deadlineStatus(String status, EnterpriseMessages e) {
        return switch (status == null ? "" : status) {
            case "OPEN" -> e.deadline_status_open();
            case "MET" -> e.deadline_status_met();
            case "CLOSED" -> e.deadline_status_closed();
            default -> status;
        };
    }

    private static String penalties(List<EnterpriseCase.Penalty> items) {
        return items == null ? "" : items.stream().map(p -> p.type()
                + (p.amountCny() == null ? "" : " " + p.amountCny().toPlainString()))
                .collect(Collectors.joining("；"));
    }

    private static String problems(List<EnterpriseView.Problem> problems, boolean english) {
        return (problems == null ? List.<EnterpriseView.Problem>of() : problems).stream().map(p -> {
            String label = english ? p.labelEn() : p.labelZh();
            return label == null ? p.code() : label;
        }).collect(Collectors.joining("；"));
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static String joined(List<String> values) {
        return values == null ? "" : String.join("、", values);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Formats.CHINA).toLocalDate();
    }
}
