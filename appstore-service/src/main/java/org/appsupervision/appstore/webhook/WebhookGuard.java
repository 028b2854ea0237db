package org.appsupervision.appstore.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.appsupervision.appstore.AppstoreConfig;

/**
 * Decides where a webhook may go: a strictly parsed URL whose host has only public addresses, checked when
 * a store's webhook is set and again before every delivery, which then connects to the address checked.
 */
@ApplicationScoped
public class WebhookGuard {

    /** Where one delivery connects: the URL and the checked address it is pinned to. */
    public record Target(WebhookUrl url, InetAddress address) {
    }

    /** Why a webhook URL may not be called. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final WebhookResolver resolver;
    private final boolean allowHttp;
    private final List<String> allowNetworks;

    @Inject
    public WebhookGuard(WebhookResolver resolver, AppstoreConfig config) {
        this(resolver, config.webhook().allowHttp(), config.webhook().allowNetworks().orElse(List.of()));
    }

    WebhookGuard(WebhookResolver resolver, boolean allowHttp, List<String> allowNetworks) {
        this.resolver = resolver;
        this.allowHttp = allowHttp;
        this.allowNetworks = List.copyOf(allowNetworks);
        InetAddress probe = InetAddress.getLoopbackAddress();
        allowNetworks.forEach(cidr -> PublicAddresses.within(probe, cidr)); // a malformed block fails at startup
    }

    /**
     * The reason a URL cannot be registered, if any. A name that does not resolve (yet) is accepted: every
     * delivery resolves and checks it again.
     */
    public Optional<String> problem(String url) {
        try {
            WebhookUrl parsed = WebhookUrl.parse(url, allowHttp);
            for (InetAddress address : addresses(parsed)) {
                check(address);
            }
            return Optional.empty();
        } catch (WebhookUrl.Invalid | Refused e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Checks a URL before a delivery against the addresses its host has now; all of them must be allowed. */
    public Target target(String url) throws Refused {
        try {
            WebhookUrl parsed = WebhookUrl.parse(url, allowHttp);
            List<InetAddress> addresses = addresses(parsed);
            if (addresses.isEmpty()) {
                throw new Refused("the host has no address");
            }
            for (InetAddress address : addresses) {
                check(address);
            }
            return new Target(parsed, addresses.get(0));
        } catch (WebhookUrl.Invalid e) {
            throw new Refused("the URL " + e.getMessage());
        } catch (UnknownHostException e) {
            throw new Refused("the host does not resolve");
        }
    }

    private List<InetAddress> addresses(WebhookUrl url) throws UnknownHostException {
        return url.literal().isPresent() ? List.of(url.literal().get()) : resolver.resolve(url.host());
    }

    private void check(InetAddress address) throws Refused {
        Optional<String> kind = PublicAddresses.forbidden(address);
        if (kind.isPresent() && allowNetworks.stream().noneMatch(cidr -> PublicAddresses.within(address, cidr))) {
            throw new Refused("must reach a public address; the host is or resolves to a " + kind.get() + " address");
        }
    }
}
