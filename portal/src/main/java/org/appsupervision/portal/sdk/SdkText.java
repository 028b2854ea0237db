package org.appsupervision.portal.sdk;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The SDK pages' texts in the reader's language, for Java code (navigation labels). */
public final class SdkText {

    private SdkText() {
    }

    public static SdkMessages current() {
        PortalContext context = Arc.container().instance(PortalContext.class).get();
        return MessageBundles.get(SdkMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }
}
