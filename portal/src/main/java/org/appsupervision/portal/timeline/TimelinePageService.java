package org.appsupervision.portal.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.MayBeNull;
import org.appsupervision.portal.api.notice.AppSdks;
import org.appsupervision.portal.api.notice.NoticeApi;

/** One app's whole chain from notice-service's timeline (findings, notices, rectification, stores, penalties). */
@ApplicationScoped
public class TimelinePageService {

    private final NoticeApi notices;

    public TimelinePageService(NoticeApi notices) {
        this.notices = notices;
    }

    /** An app as notice-service knows it (read through {@link NoticeApi}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record App(String packageName, String name, @MayBeNull String filingNumber, @MayBeNull Operator operator) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Operator(String creditCode, String name, @MayBeNull String provinceCode) {
    }

    /** One event: when, which kind (FINDING, NOTICE_ITEM, ...), what the service says, and its notice. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(Instant at, String type, String summary, @MayBeNull UUID noticeId, boolean repeat) {
    }

    /** The app (null if unknown), its events oldest first, the reply for failures, and the SDKs found in it. */
    public record Timeline(String packageName, App app, List<Entry> entries, ServiceReply reply,
            List<AppSdks.Sdk> sdks) {
    }

    /** Apps whose name contains the text. */
    public record Search(String q, List<App> apps, ServiceReply reply) {
    }

    public Search search(String q, Viewer viewer) {
        if (q.isEmpty()) {
            return new Search(q, List.of(), null);
        }
        Answer<List<App>> apps = Answer.of(PortalService.NOTICE, notices.apps(q)).await().indefinitely();
        return new Search(q, apps.or(List.of()), apps.reply());
    }

    public Timeline timeline(String packageName, Viewer viewer) {
        Uni<Answer<App>> app = Answer.of(PortalService.NOTICE, notices.app(packageName));
        Uni<Answer<List<Entry>>> events = Answer.of(PortalService.NOTICE, notices.timeline(packageName));
        Uni<Answer<AppSdks>> sdks = Answer.of(PortalService.NOTICE, notices.appSdks(packageName));
        var replies = Uni.combine().all().unis(app, events, sdks).asTuple().await().indefinitely();
        // the app's SDKs: none when the service could not tell (the page still shows the rest)
        AppSdks found = replies.getItem3().value();
        return new Timeline(packageName, replies.getItem1().value(), replies.getItem2().or(List.of()),
                replies.getItem2().reply(), found == null || found.items() == null ? List.of() : found.items());
    }
}
