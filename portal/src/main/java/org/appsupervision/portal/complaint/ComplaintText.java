package org.appsupervision.portal.complaint;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The complaint pages' texts in the reader's language, for code outside templates. */
public final class ComplaintText {

    private ComplaintText() {
    }

    public static ComplaintMessages of(PortalContext context) {
        return MessageBundles.get(ComplaintMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    public static ComplaintMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
