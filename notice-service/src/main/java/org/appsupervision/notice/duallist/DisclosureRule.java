package org.appsupervision.notice.duallist;

import java.util.List;
import java.util.Locale;

/**
 * The disclosure rule: an observed flow is disclosed when the app version's latest published dual list declares it
 * (the same kind in the collection list; for sharing, the same kind shared with the same recipient, compared trimmed
 * and case-insensitively). Without a published list every flow is undisclosed with the reason "no dual list".
 */
public final class DisclosureRule {

    public static final String NO_DUAL_LIST = "no dual list";
    public static final String NOT_DECLARED = "not declared";

    /** A declared row as the rule needs it: COLLECTED or SHARED, the kind and (for sharing) the recipient. */
    public record Declared(String listKind, String kind, String recipient) {
    }

    /** The judgement of one flow: disclosed, or the reason it is not. */
    public record Judgement(boolean disclosed, String reason) {
    }

    private DisclosureRule() {
    }

    /** Judges a flow against the declared rows of the published list ({@code declared} null: no published list). */
    public static Judgement judge(String activity, String kind, String recipient, List<Declared> declared) {
        if (declared == null) {
            return new Judgement(false, NO_DUAL_LIST);
        }
        boolean sharing = "SHARED".equals(activity);
        for (Declared row : declared) {
            if (row.listKind().equals(activity) && row.kind().equals(kind)
                    && (!sharing || sameRecipient(row.recipient(), recipient))) {
                return new Judgement(true, null);
            }
        }
        return new Judgement(false, NOT_DECLARED);
    }

    static boolean sameRecipient(String declared, String observed) {
        return declared != null && observed != null && normal(declared).equals(normal(observed));
    }

    private static String normal(String recipient) {
        return recipient.strip().toLowerCase(Locale.ROOT);
    }
}
