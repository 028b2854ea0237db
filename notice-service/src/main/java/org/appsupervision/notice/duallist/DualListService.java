package org.appsupervision.notice.duallist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.appsupervision.notice.app.App;
import org.appsupervision.notice.app.AppRepository;
import org.appsupervision.notice.enterprise.EnterpriseScope;
import org.appsupervision.platform.problem.Problem.FieldError;
import org.appsupervision.platform.problem.ProblemException;

/**
 * An enterprise's dual lists: drafting a list version of one of its app versions, publishing it (then it never
 * changes), and reading its own. Another enterprise's app or list is not found.
 */
@ApplicationScoped
public class DualListService {

    private final AppRepository apps;
    private final DualListStore lists;
    private final PersonalInfoKinds kinds;
    private final Clock clock = Clock.systemUTC();

    public DualListService(AppRepository apps, DualListStore lists, PersonalInfoKinds kinds) {
        this.apps = apps;
        this.lists = lists;
        this.kinds = kinds;
    }

    /** What a draft change did: the draft, and whether it was opened now (a new list version). */
    public record Saved(DualListView list, boolean opened) {
    }

    /**
     * Writes the draft of an app version: the open draft is replaced, or a new one opened whose version follows the
     * app version's last. Unknown kinds are refused naming the rows, and nothing is written.
     */
    @Transactional
    public Saved saveDraft(DualListRequest request, EnterpriseScope scope, String user) {
        App app = ownApp(apps, request.packageName().strip(), scope);
        requireKnownKinds(request);
        String appVersion = request.appVersion().strip();
        Instant now = clock.instant();
        UUID existing = lists.draftOf(app.packageName, appVersion).orElse(null);
        UUID id = existing != null ? existing : lists.insertDraft(app.packageName, appVersion, user, now);
        lists.replaceRows(id, request.collected(), request.shared(), user, now);
        return new Saved(lists.find(id).orElseThrow(), existing == null);
    }

    /** Publishes a draft of the enterprise's; a published list is a 409: a change is a new draft. */
    @Transactional
    public DualListView publish(UUID id, EnterpriseScope scope, String user) {
        DualListView list = own(id, scope);
        if (!"DRAFT".equals(list.status()) || !lists.publish(id, user, clock.instant())) {
            throw ProblemException.conflict("Dual list " + id + " is published already and never changes; "
                    + "send a new draft to change the list of app version " + list.appVersion());
        }
        return lists.find(id).orElseThrow();
    }

    /** One list version of the enterprise's. */
    @Transactional
    public DualListView get(UUID id, EnterpriseScope scope) {
        return own(id, scope);
    }

    private DualListView own(UUID id, EnterpriseScope scope) {
        DualListView list = lists.find(id).orElseThrow(() -> ProblemException.notFound("Dual list", id));
        App app = apps.findById(list.packageName());
        if (!app.operatorCreditCode.equals(scope.creditCode())) {
            throw ProblemException.notFound("Dual list", id);
        }
        return list;
    }

    /** The app if its operator is the enterprise; otherwise not found, as if it did not exist. */
    static App ownApp(AppRepository apps, String packageName, EnterpriseScope scope) {
        return apps.findByIdOptional(packageName).filter(a -> a.operatorCreditCode.equals(scope.creditCode()))
                .orElseThrow(() -> ProblemException.notFound("App", packageName));
    }

    private void requireKnownKinds(DualListRequest request) {
        Set<String> known = kinds.codes();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.collected().size(); i++) {
            String kind = request.collected().get(i).kind().strip();
            if (!known.contains(kind)) {
                errors.add(new FieldError("collected[" + i + "].kind", "is not a kind of personal information: "
                        + "see GET /api/reference/personal-info-kinds"));
            }
        }
        for (int i = 0; i < request.shared().size(); i++) {
            String kind = request.shared().get(i).kind().strip();
            if (!known.contains(kind)) {
                errors.add(new FieldError("shared[" + i + "].kind", "is not a kind of personal information: "
                        + "see GET /api/reference/personal-info-kinds"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
