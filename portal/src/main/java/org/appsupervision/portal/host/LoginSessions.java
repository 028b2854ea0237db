package org.appsupervision.portal.host;

import jakarta.ws.rs.core.NewCookie;
import java.time.Instant;

/**
 * The login sessions of the process that serves the portal (the gateway): what the login cookie is called, how it is
 * set, and what its token says about a request.
 */
public interface LoginSessions {

    /** The name of the cookie that holds the login token. */
    String cookieName();

    /** The login cookie holding {@code token} for {@code maxAgeSeconds} (an empty token and 0 clear it). */
    NewCookie cookie(String token, int maxAgeSeconds);

    /** What the cookie's token says about the request at {@code now}, with a renewed token when one was due. */
    PortalSession resolve(String cookieToken, Instant now);
}
