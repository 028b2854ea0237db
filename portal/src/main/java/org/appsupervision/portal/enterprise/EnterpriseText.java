package org.appsupervision.portal.enterprise;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The enterprise pages' texts in the reader's language, for Java code that builds labels. */
public final class EnterpriseText {

    private EnterpriseText() {
    }

    public static EnterpriseMessages of(PortalContext context) {
        return MessageBundles.get(EnterpriseMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    /** The texts for the current request's reader (navigation labels are built without a context at hand). */
    public static EnterpriseMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
