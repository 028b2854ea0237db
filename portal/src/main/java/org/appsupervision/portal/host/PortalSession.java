package org.appsupervision.portal.host;

import org.appsupervision.portal.Viewer;

/** What the login cookie says about a request: its state, the viewer when active, and a renewed token if any. */
public record PortalSession(State state, Viewer viewer, Renewal renewed) {

    /** Whether a request comes from nobody, a live login session, an expired token or a session that was ended. */
    public enum State { ANONYMOUS, ACTIVE, EXPIRED, ENDED }

    /** A token issued afresh for the same login session, and how many seconds it lives. */
    public record Renewal(String token, long expiresIn) {
    }

    public static PortalSession of(State state) {
        return new PortalSession(state, null, null);
    }
}
