package org.appsupervision.portal.duallist;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.appsupervision.portal.PortalMessages;
import org.appsupervision.portal.PortalService;
import org.appsupervision.portal.ServiceReply;
import org.appsupervision.portal.Viewer;
import org.appsupervision.portal.api.Answer;
import org.appsupervision.portal.api.WholeLists;
import org.appsupervision.portal.api.notice.NoticeApi;
import org.appsupervision.portal.duallist.DualListViews.AppVersions;
import org.appsupervision.portal.duallist.DualListViews.Check;
import org.appsupervision.portal.duallist.DualListViews.CheckPage;
import org.appsupervision.portal.duallist.DualListViews.DualList;
import org.appsupervision.portal.duallist.DualListViews.Kind;
import org.appsupervision.portal.duallist.DualListViews.Summary;

/** Reads and writes dual lists in notice-service for the officials' check page and the enterprise's pages. */
@ApplicationScoped
public class DualListPageService {

    private final NoticeApi notices;

    public DualListPageService(NoticeApi notices) {
        this.notices = notices;
    }

    /** The officials' view of an app ({@code enterprise}: the enterprise's own view of its app). */
    public CheckPage check(String packageName, boolean enterprise, boolean english, Viewer viewer) {
        Answer<Check> check = call(enterprise ? notices.ownDualListCheck(packageName)
                : notices.dualListCheck(packageName));
        Map<String, String> labels = new LinkedHashMap<>();
        kinds(viewer).forEach(k -> labels.put(k.code(), english ? k.labelEn() : k.labelZh()));
        return new CheckPage(packageName, check.value(), labels, check.reply());
    }

    /** The enterprise's apps with their versions (every page), and one app's check when one is chosen. */
    public DualListViews.EnterprisePage enterprise(String chosen, String done, boolean english, Viewer viewer) {
        Answer<List<AppVersions>> apps = WholeLists.<AppVersions>of(PortalService.NOTICE, notices::ownDualListApps)
                .await().indefinitely();
        CheckPage check = chosen == null || chosen.isBlank() ? null : check(chosen.strip(), true, english, viewer);
        return new DualListViews.EnterprisePage(apps.or(List.of()), apps.reply(), check, done);
    }

    /** The draft form of an app version: the open draft's rows, else the latest published version's, else none. */
    public DualListViews.EditPage edit(String packageName, String appVersion, String done, boolean english,
            Viewer viewer) {
        Check check = call(notices.ownDualListCheck(packageName)).value();
        Summary draft = null;
        Summary published = null;
        if (check != null && check.history() != null) {
            for (Summary s : check.history()) {
                if (s.appVersion().equals(appVersion)) {
                    if ("DRAFT".equals(s.status())) {
                        draft = s;
                    } else if (published == null || s.version() > published.version()) {
                        published = s;
                    }
                }
            }
        }
        Summary shown = draft != null ? draft : published;
        DualList list = shown == null ? null : call(notices.ownDualList(shown.id())).value();
        return new DualListViews.EditPage(packageName, appVersion, draft == null ? null : draft.id(),
                list == null ? "" : DraftLines.collectedText(list), list == null ? "" : DraftLines.sharedText(list),
                List.of(), kinds(viewer), english, done);
    }

    /** Saves a draft from the form; the problems (empty when notice-service took it). */
    public List<String> save(String packageName, String appVersion, String collected, String shared, Viewer viewer,
            DualListMessages text, PortalMessages m) {
        List<String> problems = new ArrayList<>();
        JsonArray collectedRows = DraftLines.collected(collected, problems, text);
        JsonArray sharedRows = DraftLines.shared(shared, problems, text);
        if (!problems.isEmpty()) {
            return problems;
        }
        JsonObject body = new JsonObject().put("packageName", packageName == null ? "" : packageName.strip())
                .put("appVersion", appVersion == null ? "" : appVersion.strip())
                .put("collected", collectedRows).put("shared", sharedRows);
        return refusal(call(notices.saveDualListDraft(body.encode())).reply(), m);
    }

    /** Publishes a draft; the problems (empty when it was published). */
    public List<String> publish(UUID listId, Viewer viewer, PortalMessages m) {
        return refusal(call(notices.publishDualList(listId)).reply(), m);
    }

    public List<Kind> kinds(Viewer viewer) {
        return call(notices.personalInfoKinds()).or(List.of());
    }

    private static <T> Answer<T> call(Uni<T> call) {
        return Answer.of(PortalService.NOTICE, call).await().indefinitely();
    }

    private static List<String> refusal(ServiceReply reply, PortalMessages m) {
        if (reply.ok()) {
            return List.of();
        }
        if (reply.unavailable()) {
            return List.of(m.service_unavailable(reply.service().label(m)));
        }
        List<String> problems = new ArrayList<>();
        problems.add(reply.problem().title() + (reply.problem().detail() == null ? "" : ": " + reply.problem().detail()));
        reply.problem().fieldErrors().forEach((field, message) -> problems.add(field + ": " + message));
        return problems;
    }
}
