package org.appsupervision.portal.enterprise;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
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
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.EnterpriseOrder;
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

    private final ServiceClient services;
    private final PenaltyApi penalty;
    private final AppstoreApi appstore;

    public EnterprisePageService(ServiceClient services, PenaltyApi penalty, AppstoreApi appstore) {
        this.services = services;
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
                services.get(PortalService.NOTICE, "/api/enterprise/apps?limit=" + HOME_ROWS, viewer),
                services.get(PortalService.NOTICE, "/api/enterprise/notices?limit=" + HOME_ROWS, viewer),
                Answer.of(PortalService.PENALTY, penalty.enterpriseCases(HOME_ROWS)))
                .asTuple().await().indefinitely();
        LocalDate today = LocalDate.now(Formats.CHINA);
        List<EnterprisePages.AppLine> apps = objects(replies.getItem1().array()).stream()
                .map(a -> new EnterprisePages.AppLine(a.getString("packageName"), a.getString("name"),
                        joined(a.getJsonArray("versions")), joined(a.getJsonArray("stores")),
                        a.getBoolean("takenDown", false)))
                .toList();
        List<EnterprisePages.NoticeLine> notices = objects(replies.getItem2().array()).stream()
                .map(n -> new EnterprisePages.NoticeLine(UUID.fromString(n.getString("id")), n.getString("title"),
                        kind(n.getString("kind"), e), day(n.getString("publishedAt")), date(n, "deadline"),
                        n.getInteger("itemCount", 0)))
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
        for (ServiceReply reply : List.of(replies.getItem1(), replies.getItem2(), replies.getItem3().reply())) {
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
                services.get(PortalService.NOTICE, "/api/enterprise/notices/" + id, viewer),
                WholeLists.<EnterpriseOrder>of(PortalService.APPSTORE,
                        (limit, after) -> appstore.enterpriseOrders(id, null, limit, after)))
                .asTuple().await().indefinitely();
        if (!replies.getItem1().ok()) {
            return new Read<>(null, replies.getItem1());
        }
        JsonObject n = replies.getItem1().object();
        List<EnterpriseOrder> orders = replies.getItem2().or(List.of());
        LocalDate today = LocalDate.now(Formats.CHINA);
        boolean takedown = "TAKEDOWN".equals(n.getString("kind"));
        List<EnterprisePages.Item> items = objects(n.getJsonArray("items")).stream().map(i -> {
            LocalDate deadline = date(i, "deadline");
            JsonObject rect = i.getJsonObject("rectification");
            String status = rect == null ? null : rect.getString("status");
            boolean open = !takedown && deadline != null && !deadline.isBefore(today)
                    && (status == null || "PENDING".equals(status));
            String itemId = i.getString("itemId");
            return new EnterprisePages.Item(UUID.fromString(itemId), UUID.fromString(i.getString("chainId")),
                    i.getString("appName"), i.getString("packageName"), i.getString("version"),
                    problems(i.getJsonArray("problems"), t.english()), deadline,
                    open ? ChronoUnit.DAYS.between(today, deadline) : null, rectification(status, e),
                    rect == null ? null : rect.getString("fixedVersion"), i.getString("liftedAt") != null,
                    open ? "/portal/enterprise/reports/new?itemId=" + itemId : null,
                    orders.stream().filter(o -> itemId.equals(String.valueOf(o.itemId()))).map(o -> order(o, e))
                            .sorted(Comparator.comparing(EnterprisePages.Order::storeCode)).toList());
        }).toList();
        return new Read<>(new EnterprisePages.NoticePage(id, n.getString("title"), kind(n.getString("kind"), e),
                day(n.getString("publishedAt")), date(n, "deadline"), items, problem(replies.getItem2().reply(), m)), null);
    }

    /** The app page, or the reply that refused it. */
    public Read<EnterprisePages.AppPage> app(String packageName, Viewer viewer, Texts t) {
        EnterpriseMessages e = t.e();
        PortalMessages m = t.m();
        var replies = Uni.combine().all().unis(
                services.get(PortalService.NOTICE, "/api/enterprise/apps/" + packageName, viewer),
                WholeLists.<EnterpriseOrder>of(PortalService.APPSTORE,
                        (limit, after) -> appstore.enterpriseOrders(null, packageName, limit, after)))
                .asTuple().await().indefinitely();
        if (!replies.getItem1().ok()) {
            return new Read<>(null, replies.getItem1());
        }
        JsonObject detail = replies.getItem1().object();
        JsonObject a = detail.getJsonObject("app", new JsonObject());
        List<EnterprisePages.Finding> findings = objects(detail.getJsonArray("findings")).stream()
                .map(f -> new EnterprisePages.Finding(f.getString("version"), f.getString("sourceStore"),
                        problems(f.getJsonArray("problems"), t.english()), f.getString("evidence"), instant(f, "detectedAt"),
                        f.getString("authorityName"), date(f, "batchFrom"), date(f, "batchTo")))
                .toList();
        List<EnterprisePages.AppNotice> notices = objects(detail.getJsonArray("notices")).stream()
                .map(n -> new EnterprisePages.AppNotice(UUID.fromString(n.getString("noticeId")), n.getString("title"),
                        kind(n.getString("kind"), e), day(n.getString("publishedAt")), date(n, "deadline"),
                        rectification(n.getString("rectificationStatus"), e)))
                .toList();
        List<EnterprisePages.Order> orders = replies.getItem2().or(List.<EnterpriseOrder>of()).stream()
                .map(o -> order(o, e)).toList();
        return new Read<>(new EnterprisePages.AppPage(a.getString("packageName"), a.getString("name"),
                a.getString("operatorName"), joined(a.getJsonArray("versions")), joined(a.getJsonArray("stores")),
                a.getBoolean("takenDown", false), joined(a.getJsonArray("takenDownBy")),
                detail.getLong("findingCount", 0L), findings, notices, orders, problem(replies.getItem2().reply(), m)), null);
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

    private static String problems(JsonArray problems, boolean english) {
        return objects(problems).stream().map(p -> {
            String label = english ? p.getString("labelEn") : p.getString("labelZh");
            return label == null ? p.getString("code") : label;
        }).collect(Collectors.joining("；"));
    }

    private static String problem(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return null;
        }
        return reply.unavailable() ? m.service_unavailable(reply.service().label(m))
                : reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail());
    }

    private static String joined(JsonArray values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining("、"));
    }

    private static LocalDate date(JsonObject json, String field) {
        String value = json.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static LocalDate day(String instant) {
        return instant == null ? null : Instant.parse(instant).atZone(Formats.CHINA).toLocalDate();
    }

    private static Instant instant(JsonObject json, String field) {
        String value = json.getString(field);
        return value == null ? null : Instant.parse(value);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array == null ? List.of()
                : array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
