package org.appsupervision.portal.recheck;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The re-check pages' texts in the reader's language, for Java code (resources, navigation labels). */
public final class RecheckText {

    private RecheckText() {
    }

    public static RecheckMessages of(PortalContext context) {
        return MessageBundles.get(RecheckMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    public static RecheckMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
