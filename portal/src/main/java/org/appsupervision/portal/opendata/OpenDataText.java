package org.appsupervision.portal.opendata;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The open-data pages' texts in the reader's language, for Java code (the navigation label). */
public final class OpenDataText {

    private OpenDataText() {
    }

    public static OpenDataMessages current() {
        PortalContext context = Arc.container().instance(PortalContext.class).get();
        return MessageBundles.get(OpenDataMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }
}
