package org.appsupervision.appstore.webhook;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves webhook hosts through the system's resolver (the JDK's, with its short cache). */
@ApplicationScoped
@DefaultBean
public class SystemWebhookResolver implements WebhookResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
