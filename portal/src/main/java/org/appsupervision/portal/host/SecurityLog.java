package org.appsupervision.portal.host;

import org.appsupervision.portal.auditlog.AuditViews;

/** The hash-chained security log of the process that serves the portal (the gateway), read in that process. */
public interface SecurityLog {

    /** The newest records below sequence number {@code before} (or the newest of all), newest first. */
    AuditViews.Page newest(Long before);

    /** The verification of the whole chain. */
    AuditViews.ChainCheck verify();
}
