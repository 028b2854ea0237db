package org.appsupervision.portal.duallist;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The dual-list pages' texts in the reader's language, for Java code (the navigation label, form errors). */
public final class DualListText {

    private DualListText() {
    }

    public static DualListMessages of(PortalContext context) {
        return MessageBundles.get(DualListMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    public static DualListMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
