package org.appsupervision.portal.verify;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The verification page's texts in the reader's language, for Java code (the resource, the navigation label). */
public final class VerifyText {

    private VerifyText() {
    }

    public static VerifyMessages of(PortalContext context) {
        return MessageBundles.get(VerifyMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    public static VerifyMessages current() {
        return of(Arc.container().instance(PortalContext.class).get());
    }
}
