package org.appsupervision.appstore.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks up the addresses of a webhook host; the seam through which tests play DNS. */
public interface WebhookResolver {

    /** Every address the name has now; throws when it has none. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
