package org.appsupervision.notice.finding.line;

import java.util.List;
import java.util.Set;
import org.appsupervision.notice.finding.line.FindingLine.ObservedFlow;
import org.appsupervision.platform.input.Text;

/** The checks of a finding's observed data flows: known activity and kind, a recipient exactly for sharing. */
final class ObservedFlowCheck {

    /** How many flows one finding may name. */
    static final int MOST_FLOWS = 100;
    static final int LONGEST_RECIPIENT = 200;

    private ObservedFlowCheck() {
    }

    /** Adds why the flows are bad, each reason naming observedFlows[i] and its field; none when there are none. */
    static void problems(List<String> why, List<ObservedFlow> flows, Set<String> kinds) {
        if (flows == null || flows.isEmpty()) {
            return;
        }
        if (flows.size() > MOST_FLOWS) {
            why.add("observedFlows: at most " + MOST_FLOWS + " flows per finding");
            return;
        }
        for (int i = 0; i < flows.size(); i++) {
            ObservedFlow flow = flows.get(i);
            String at = "observedFlows[" + i + "]";
            if (flow == null) {
                why.add(at + " is empty");
                continue;
            }
            boolean sharing = "SHARED".equals(flow.activity());
            if (!sharing && !"COLLECTED".equals(flow.activity())) {
                why.add(at + ".activity '" + FindingLineCheck.quoted(flow.activity()) + "' is neither COLLECTED nor SHARED");
            }
            if (flow.kind() == null || !kinds.contains(flow.kind())) {
                why.add(at + ".kind '" + FindingLineCheck.quoted(flow.kind()) + "' is not a kind of personal information");
            }
            String recipient = flow.recipient();
            if (sharing && (recipient == null || recipient.isBlank())) {
                why.add(at + ".recipient is missing: a shared flow names its recipient");
            } else if (!sharing && recipient != null) {
                why.add(at + ".recipient: only a SHARED flow has a recipient");
            } else if (recipient != null && recipient.strip().length() > LONGEST_RECIPIENT) {
                why.add(at + ".recipient is longer than " + LONGEST_RECIPIENT + " characters");
            } else if (recipient != null && (recipient.indexOf('\0') >= 0 || Text.hasUnpairedSurrogate(recipient))) {
                why.add(at + ".recipient holds a character that cannot be stored (U+0000 or an unpaired surrogate)");
            }
        }
    }
}
