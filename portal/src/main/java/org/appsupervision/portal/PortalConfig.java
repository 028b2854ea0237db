package org.appsupervision.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the officials' portal. */
@ConfigMapping(prefix = "gateway.portal")
public interface PortalConfig {

    /** Longest a portal session lasts after the password login, however often its token is renewed. */
    @WithDefault("PT8H")
    Duration sessionLimit();

    /** How long the portal waits for a service before showing it as unavailable. */
    @WithDefault("PT10S")
    Duration serviceTimeout();
}
