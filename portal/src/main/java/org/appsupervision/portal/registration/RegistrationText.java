package org.appsupervision.portal.registration;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The registration pages' texts in the reader's language, for Java code (the navigation label). */
public final class RegistrationText {

    private RegistrationText() {
    }

    public static RegistrationMessages current() {
        PortalContext context = Arc.container().instance(PortalContext.class).get();
        return MessageBundles.get(RegistrationMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }
}
