package org.appsupervision.portal.notice;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.portal.NextLinks;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.api.notice.ProblemKind;
import org.appsupervision.portal.batch.BatchViews;
import org.appsupervision.platform.security.Roles;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The notices pages' calls to notice-service (and appstore-service for store names), always with the
 * viewer's token: the service decides; the page only leaves out what the viewer could not do anyway.
 */
@ApplicationScoped
public class NoticePageService {

    private final NoticeApi notices;
    private final AppstoreApi appstore;

    public NoticePageService(NoticeApi notices, AppstoreApi appstore) {
        this.notices = notices;
        this.appstore = appstore;
    }

    /** Every notice the viewer may read, newest first, with the reply for its failure. */
    public record Listing(List<NoticeViews.Summary> notices, ServiceReply reply) {

        public List<NoticeViews.Summary> withStatus(String status) {
            return notices.stream().filter(n -> status.equals(n.status())).toList();
        }

        /** The approval queue first (drafts, then approved notices), then the published ones. */
        public List<Section> sections() {
            return List.of(new Section("DRAFT", withStatus("DRAFT")), new Section("APPROVED", withStatus("APPROVED")),
                    new Section("PUBLISHED", withStatus("PUBLISHED")));
        }
    }

    /** Notices in one status. */
    public record Section(String status, List<NoticeViews.Summary> notices) {
    }

    /** A notice with its preview as the published document, and what the viewer may do with it. */
    public record Page(NoticeViews.Detail notice, org.appsupervision.portal.publicnotice.NoticeDocument preview,
            boolean mayApprove, boolean mayPublish, boolean mayWithdraw, ServiceReply reply) {

        /** The same page answering with another reply (a refused action). */
        public Page with(ServiceReply other) {
            return new Page(notice, preview, mayApprove, mayPublish, mayWithdraw, other);
        }
    }

    public Listing list(Viewer viewer) {
        Answer<List<NoticeViews.Summary>> answer = WholeLists.<NoticeViews.Summary>of(PortalService.NOTICE,
                notices::notices).await().indefinitely();
        List<NoticeViews.Summary> sorted = answer.or(List.of()).stream()
                .sorted(Comparator.comparing(NoticeViews.Summary::draftedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Listing(sorted, answer.reply());
    }

    public Page page(UUID id, Viewer viewer, PortalMessages m) {
        Uni<Answer<NoticeViews.Detail>> notice = Answer.of(PortalService.NOTICE, notices.notice(id));
        Uni<Answer<List<ProblemKind>>> kinds = Answer.of(PortalService.NOTICE, notices.problemKinds());
        Uni<Answer<List<Store>>> stores = Answer.of(PortalService.APPSTORE, appstore.stores(null));
        var replies = Uni.combine().all().unis(notice, kinds, stores).asTuple().await().indefinitely();
        NoticeViews.Detail detail = replies.getItem1().value();
        if (detail == null) {
            return new Page(null, null, false, false, false, replies.getItem1().reply());
        }
        var preview = NoticePreview.of(detail, labels(replies.getItem2().or(List.of())),
                storeNames(replies.getItem3().or(List.of())), m);
        boolean secondPerson = viewer.has(Roles.APPROVER) && !detail.authoredBy(viewer.username());
        boolean mayWithdraw = (viewer.has(Roles.OFFICIAL) || viewer.has(Roles.APPROVER))
                && (detail.draft() || detail.approved());
        return new Page(detail, preview, secondPerson && detail.draft(), secondPerson && detail.approved(), mayWithdraw,
                replies.getItem1().reply());
    }

    public ServiceReply withdraw(UUID id, String reason, Viewer viewer) {
        return call(notices.withdraw(id, new JsonObject().put("reason", reason).encode())).reply();
    }

    public ServiceReply approve(UUID id, Viewer viewer) {
        return call(notices.approve(id)).reply();
    }

    public ServiceReply publish(UUID id, Viewer viewer) {
        return call(notices.publish(id)).reply();
    }

    /** The new draft, or the reply that refused it. */
    public Answer<NoticeViews.Detail> draftFromFindings(DraftForm form, List<Long> findingIds, Viewer viewer) {
        JsonObject body = form.terms().put("kind", form.kind()).put("title", form.title())
                .put("findingIds", new JsonArray(findingIds));
        return call(notices.draft("from-findings", body.encode()));
    }

    /** The new draft, or the reply that refused it. */
    public Answer<NoticeViews.Detail> draftFromUnrectified(DraftForm form, UUID sourceNoticeId, Viewer viewer) {
        JsonObject body = form.terms().put("kind", form.kind()).put("title", form.title())
                .put("sourceNoticeId", sourceNoticeId == null ? null : sourceNoticeId.toString());
        return call(notices.draft("from-unrectified", body.encode()));
    }

    public List<NoticeViews.Batch> batches(Viewer viewer) {
        return WholeLists.<BatchViews.Batch>of(PortalService.NOTICE, notices::batches).await().indefinitely()
                .or(List.of()).stream().map(b -> new NoticeViews.Batch(b.id(), b.title(), b.runFrom(), b.runTo(),
                        b.findingCount())).toList();
    }

    /** The first thousand findings of a batch (a draft names at most that many). */
    public List<NoticeViews.Finding> findings(UUID batchId, Viewer viewer) {
        Answer<RestResponse<List<BatchViews.Finding>>> page = Answer.of(PortalService.NOTICE,
                notices.findings(batchId, NextLinks.LARGEST_PAGE, null)).await().indefinitely();
        return !page.ok() ? List.of() : page.value().getEntity().stream().map(f -> new NoticeViews.Finding(f.id(),
                f.packageName(), f.appName(), f.version(), f.sourceStore(), f.problems(), f.repeat())).toList();
    }

    private static Answer<NoticeViews.Detail> call(Uni<NoticeViews.Detail> step) {
        return Answer.of(PortalService.NOTICE, step).await().indefinitely();
    }

    private static Map<String, String> storeNames(List<Store> stores) {
        return stores.stream().filter(s -> s.code() != null).collect(Collectors.toMap(Store::code,
                s -> s.nameZh() != null ? s.nameZh() : s.code(), (a, b) -> a));
    }

    private static Map<String, String> labels(List<ProblemKind> kinds) {
        return kinds.stream().filter(k -> k.code() != null).collect(Collectors.toMap(ProblemKind::code,
                k -> k.labelZh() != null ? k.labelZh() : k.code(), (a, b) -> a));
    }
}
