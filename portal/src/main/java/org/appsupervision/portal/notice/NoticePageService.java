package org.appsupervision.portal.notice;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceClient;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.appstore.AppstoreApi;
import org.appsupervision.portal.api.appstore.Store;
import org.appsupervision.platform.security.Roles;

/**
 * The notices pages' calls to notice-service (and appstore-service for store names), always with the
 * viewer's token: the service decides; the page only leaves out what the viewer could not do anyway.
 */
@ApplicationScoped
public class NoticePageService {

    private final ServiceClient services;
    private final AppstoreApi appstore;

    public NoticePageService(ServiceClient services, AppstoreApi appstore) {
        this.services = services;
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
        ServiceReply reply = services.await(services.getAll(PortalService.NOTICE, "/api/notices", viewer));
        NoticeViews.Summary[] notices = services.read(reply, NoticeViews.Summary[].class);
        List<NoticeViews.Summary> sorted = notices == null ? List.of() : Arrays.stream(notices)
                .sorted(Comparator.comparing(NoticeViews.Summary::draftedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Listing(sorted, reply);
    }

    public Page page(UUID id, Viewer viewer, PortalMessages m) {
        Uni<ServiceReply> notice = services.get(PortalService.NOTICE, "/api/notices/" + id, viewer);
        Uni<ServiceReply> kinds = services.get(PortalService.NOTICE, "/api/reference/problem-kinds", viewer);
        Uni<Answer<List<Store>>> stores = Answer.of(PortalService.APPSTORE, appstore.stores(null));
        var replies = Uni.combine().all().unis(notice, kinds, stores).asTuple().await().indefinitely();
        NoticeViews.Detail detail = services.read(replies.getItem1(), NoticeViews.Detail.class);
        if (detail == null) {
            return new Page(null, null, false, false, false, replies.getItem1());
        }
        var preview = NoticePreview.of(detail, labels(replies.getItem2().array(), "code", "labelZh"),
                storeNames(replies.getItem3().or(List.of())), m);
        boolean secondPerson = viewer.has(Roles.APPROVER) && !detail.authoredBy(viewer.username());
        boolean mayWithdraw = (viewer.has(Roles.OFFICIAL) || viewer.has(Roles.APPROVER))
                && (detail.draft() || detail.approved());
        return new Page(detail, preview, secondPerson && detail.draft(), secondPerson && detail.approved(), mayWithdraw,
                replies.getItem1());
    }

    public ServiceReply withdraw(UUID id, String reason, Viewer viewer) {
        return post("/api/notices/" + id + "/withdrawal", new JsonObject().put("reason", reason), viewer);
    }

    public ServiceReply approve(UUID id, Viewer viewer) {
        return post("/api/notices/" + id + "/approval", null, viewer);
    }

    public ServiceReply publish(UUID id, Viewer viewer) {
        return post("/api/notices/" + id + "/publication", null, viewer);
    }

    public ServiceReply draftFromFindings(DraftForm form, List<Long> findingIds, Viewer viewer) {
        JsonObject body = form.terms().put("kind", form.kind()).put("title", form.title())
                .put("findingIds", new JsonArray(findingIds));
        return post("/api/notices/from-findings", body, viewer);
    }

    public ServiceReply draftFromUnrectified(DraftForm form, UUID sourceNoticeId, Viewer viewer) {
        JsonObject body = form.terms().put("kind", form.kind()).put("title", form.title())
                .put("sourceNoticeId", sourceNoticeId == null ? null : sourceNoticeId.toString());
        return post("/api/notices/from-unrectified", body, viewer);
    }

    public List<NoticeViews.Batch> batches(Viewer viewer) {
        NoticeViews.Batch[] batches = services.read(
                services.await(services.getAll(PortalService.NOTICE, "/api/batches", viewer)), NoticeViews.Batch[].class);
        return batches == null ? List.of() : List.of(batches);
    }

    public List<NoticeViews.Finding> findings(UUID batchId, Viewer viewer) {
        NoticeViews.Finding[] findings = services.read(services.await(services.get(PortalService.NOTICE,
                "/api/findings?batchId=" + batchId + "&limit=1000", viewer)), NoticeViews.Finding[].class);
        return findings == null ? List.of() : List.of(findings);
    }

    private ServiceReply post(String path, JsonObject body, Viewer viewer) {
        return services.await(services.send(PortalService.NOTICE, HttpMethod.POST, path, viewer,
                body == null ? null : "application/json", body == null ? null : Buffer.buffer(body.encode())));
    }

    private static Map<String, String> storeNames(List<Store> stores) {
        return stores.stream().filter(s -> s.code() != null).collect(Collectors.toMap(Store::code,
                s -> s.nameZh() != null ? s.nameZh() : s.code(), (a, b) -> a));
    }

    private static Map<String, String> labels(JsonArray array, String key, String label) {
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .filter(o -> o.getString(key) != null)
                .collect(Collectors.toMap(o -> o.getString(key), o -> o.getString(label, o.getString(key)), (a, b) -> a));
    }
}
