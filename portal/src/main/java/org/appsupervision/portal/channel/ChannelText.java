package org.appsupervision.portal.channel;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.appsupervision.portal.PortalContext;

/** The channel texts in the reader's language, for Java code that builds labels. */
public final class ChannelText {

    private ChannelText() {
    }

    public static ChannelMessages of(PortalContext context) {
        return MessageBundles.get(ChannelMessages.class, Localized.Literal.of(context.english() ? "en" : "zh"));
    }

    /** The texts for the current request's reader (for services that build labels without a context at hand). */
    public static ChannelMessages current() {
        return of(io.quarkus.arc.Arc.container().instance(PortalContext.class).get());
    }
}
