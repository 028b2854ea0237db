package org.appsupervision.notice.duallist;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appsupervision.notice.app.App;
import org.appsupervision.notice.app.AppRepository;
import org.appsupervision.notice.app.Operator;
import org.appsupervision.notice.app.OperatorRepository;
import org.appsupervision.platform.security.BureauScope;
import org.appsupervision.notice.duallist.DualListCheckView.FlowCheck;
import org.appsupervision.notice.duallist.DualListCheckView.VersionCheck;
import org.appsupervision.notice.duallist.ObservedFlowStore.Flow;
import org.appsupervision.notice.enterprise.EnterpriseScope;
import org.appsupervision.platform.problem.ProblemException;

/**
 * Judges the data flows that findings observed against the dual lists the app's operator published: per app
 * version for the officials' and the enterprise's views, and per finding for the finding lists.
 */
@ApplicationScoped
public class DualListCheckService {

    private final AppRepository apps;
    private final OperatorRepository operators;
    private final DualListStore lists;
    private final ObservedFlowStore flows;

    public DualListCheckService(AppRepository apps, OperatorRepository operators, DualListStore lists,
            ObservedFlowStore flows) {
        this.apps = apps;
        this.operators = operators;
        this.lists = lists;
        this.flows = flows;
    }

    /** The officials' view: a bureau officer reads the apps of their province's operators only. */
    @Transactional
    public DualListCheckView forOfficials(String packageName, BureauScope scope) {
        App app = apps.findByIdOptional(packageName).orElseThrow(() -> ProblemException.notFound("App", packageName));
        Operator operator = operators.findById(app.operatorCreditCode);
        if (!scope.isMinistry() && !scope.readerProvince().equals(operator.provinceCode)) {
            throw new ForbiddenException("A bureau officer reads the dual lists of their own province's operators only");
        }
        return view(app, operator, scope.readerProvince(), null);
    }

    /** The enterprise's view of its own app (any other is not found), with the history of its list versions. */
    @Transactional
    public DualListCheckView forEnterprise(String packageName, EnterpriseScope scope) {
        App app = DualListService.ownApp(apps, packageName, scope);
        return view(app, operators.findById(app.operatorCreditCode), null, lists.history(packageName));
    }

    private DualListCheckView view(App app, Operator operator, String readerProvince,
            List<DualListView.Summary> history) {
        Map<String, DualListView> published = lists.latestPublished(app.packageName);
        Map<String, List<FlowCheck>> found = new LinkedHashMap<>();
        for (Flow flow : flows.ofApp(app.packageName, readerProvince)) {
            DualListView list = published.get(flow.appVersion());
            DisclosureRule.Judgement judgement = DisclosureRule.judge(flow.activity(), flow.kind(), flow.recipient(),
                    list == null ? null : declared(list));
            found.computeIfAbsent(flow.appVersion(), v -> new ArrayList<>()).add(new FlowCheck(flow.findingId(),
                    flow.batchId(), flow.detectedAt(), flow.activity(), flow.kind(), flow.recipient(),
                    judgement.disclosed(), judgement.reason()));
        }
        Set<String> versions = new LinkedHashSet<>(published.keySet());
        versions.addAll(found.keySet());
        if (history != null) {
            history.forEach(h -> versions.add(h.appVersion()));
        }
        List<VersionCheck> checks = versions.stream().sorted(AppVersionOrder.NEWEST_FIRST).map(v -> {
            List<FlowCheck> judged = found.getOrDefault(v, List.of());
            return new VersionCheck(v, published.get(v), judged,
                    (int) judged.stream().filter(f -> !f.disclosed()).count());
        }).toList();
        return new DualListCheckView(app.packageName, app.name, new DualListCheckView.Operator(operator.creditCode,
                operator.name, operator.provinceCode), checks, history);
    }

    /** The flows of the given findings judged against the published lists, by finding id. */
    @Transactional
    public Map<Long, List<FlowCheck>> forFindings(List<Long> findingIds) {
        List<Flow> observed = flows.ofFindings(findingIds);
        if (observed.isEmpty()) {
            return Map.of();
        }
        Map<String, List<DisclosureRule.Declared>> declared = lists.declared(
                observed.stream().map(Flow::packageName).distinct().toList());
        Map<Long, List<FlowCheck>> judged = new LinkedHashMap<>();
        for (Flow flow : observed) {
            DisclosureRule.Judgement judgement = DisclosureRule.judge(flow.activity(), flow.kind(), flow.recipient(),
                    declared.get(DualListStore.key(flow.packageName(), flow.appVersion())));
            judged.computeIfAbsent(flow.findingId(), id -> new ArrayList<>()).add(new FlowCheck(flow.findingId(),
                    flow.batchId(), null, flow.activity(), flow.kind(), flow.recipient(), judgement.disclosed(),
                    judgement.reason()));
        }
        return judged;
    }

    private static List<DisclosureRule.Declared> declared(DualListView list) {
        List<DisclosureRule.Declared> rows = new ArrayList<>();
        list.collected().forEach(c -> rows.add(new DisclosureRule.Declared("COLLECTED", c.kind(), null)));
        list.shared().forEach(s -> rows.add(new DisclosureRule.Declared("SHARED", s.kind(), s.recipient())));
        return rows;
    }

    /** App versions newest first: numeric parts compared as numbers (7.18.0 after 7.9.2), then as text. */
    static final class AppVersionOrder {

        static final Comparator<String> NEWEST_FIRST = ((Comparator<String>) AppVersionOrder::compare).reversed();

        private AppVersionOrder() {
        }

        static int compare(String a, String b) {
            String[] x = a.split("\\D+");
            String[] y = b.split("\\D+");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = numeric(x[i]).compareTo(numeric(y[i]));
                if (c != 0) {
                    return c;
                }
            }
            int c = Integer.compare(x.length, y.length);
            return c != 0 ? c : a.compareTo(b);
        }

        private static java.math.BigInteger numeric(String digits) {
            return digits.isEmpty() ? java.math.BigInteger.ZERO : new java.math.BigInteger(digits);
        }
    }
}
