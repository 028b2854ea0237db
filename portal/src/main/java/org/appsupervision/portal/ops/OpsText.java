package org.appsupervision.portal.ops;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The operations pages' texts in the reader's language, for Java code that builds labels. */
public final class OpsText {

    private OpsText() {
    }

    public static OpsMessages of(PortalContext context) {
        return MessageBundles.get(OpsMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    /** The texts for the current request's reader (navigation labels are built without a context at hand). */
    public static OpsMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
