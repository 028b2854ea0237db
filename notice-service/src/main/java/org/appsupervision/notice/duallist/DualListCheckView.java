package org.appsupervision.notice.duallist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was found against what was declared, per app version: the latest published dual list (null when there is
 * none) and every data flow the findings observed, each disclosed or not. The enterprise's own view adds the history
 * of its list versions, drafts included.
 */
public record DualListCheckView(String packageName, String appName, Operator operator, List<VersionCheck> versions,
        List<DualListView.Summary> history) {

    /** The app's operator. */
    public record Operator(String creditCode, String name, String provinceCode) {
    }

    /** One app version: its published list and the observed flows judged against it. */
    public record VersionCheck(String appVersion, DualListView list, List<FlowCheck> flows, int undisclosedCount) {
    }

    /** An observed flow of a finding and the judgement: disclosed, or undisclosed with the reason. */
    public record FlowCheck(long findingId, UUID batchId, Instant detectedAt, String activity, String kind,
            String recipient, boolean disclosed, String reason) {
    }
}
