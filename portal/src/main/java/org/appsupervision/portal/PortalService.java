package org.appsupervision.portal;

/** The three services the portal calls, with the message key of their name and their base URL's setting. */
public enum PortalService {
    NOTICE, APPSTORE, PENALTY;

    /** The service's name in the reader's language. */
    public String label(PortalMessages messages) {
        return switch (this) {
            case NOTICE -> messages.service_notice();
            case APPSTORE -> messages.service_appstore();
            case PENALTY -> messages.service_penalty();
        };
    }
}
