package org.appsupervision.appstore.webhook;

import static org.appsupervision.appstore.webhook.ScriptedWebhookResolver.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookGuardTest {

    /** A small DNS of its own; other names do not resolve. */
    static final Map<String, List<InetAddress>> DNS = Map.of(
            "hooks.store.cn", List.of(ip("93.184.215.14")),
            "two.store.cn", List.of(ip("93.184.215.14"), ip("2606:4700:4700::1111")),
            "metadata.store.cn", List.of(ip("169.254.169.254")),
            "mixed.store.cn", List.of(ip("93.184.215.14"), ip("10.0.0.7")),
            "v6loop.store.cn", List.of(ip("::1")),
            "mapped.store.cn", List.of(ip("::ffff:127.0.0.1")));

    final WebhookGuard guard = new WebhookGuard(WebhookGuardTest::lookUp, false, List.of());

    static List<InetAddress> lookUp(String host) throws UnknownHostException {
        List<InetAddress> addresses = DNS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8080/", "https://[::1]:15432/",
            "https://10.0.0.1/", "https://172.16.5.4/", "https://192.168.0.1/", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://224.0.0.1/", "https://255.255.255.255/", "https://192.0.2.1/",
            "https://[fe80::1]/", "https://[fd00:ec2::254]/", "https://[ff02::1]/", "https://[::]/",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:a9fe:a9fe]/", "https://[::127.0.0.1]/",
            "https://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::1]/", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "https://0x7f000001/", "https://2130706433/", "https://0177.0.0.1/", "https://127.1/", "https://0x7f.1/",
            "https://127.0.0.1./", "https://localhost/", "https://localhost./", "https://hooks.localhost/",
            "https://kafka.supervision.svc.cluster.local/", "https://metadata.google.internal/", "https://appstore-service/",
            "https://good.example@127.0.0.1/", "https://user:pw@hooks.store.cn/", "https://１２７.０.０.１/",
            "https://127。0。0。1/", "https://%31%32%37.0.0.1/", "https://[::1%25lo]/",
            "https://metadata.store.cn/", "https://mixed.store.cn/", "https://v6loop.store.cn/",
            "https://mapped.store.cn/", "http://hooks.store.cn/", "ftp://hooks.store.cn/", "file:///etc/passwd",
            "gopher://127.0.0.1:6379/", "https:///nohost", "hooks.store.cn/path", "https://hooks.store.cn:0/",
            "https://hooks.store.cn:99999/", "https://hooks.store.cn/#fragment", "https://hooks_store.cn/",
            "https://hooks.store.test/", "https://a..b.cn/"})
    void refusesEveryUrlThatIsNotHttpsToAPublicHost(String url) {
        assertTrue(guard.problem(url).isPresent(), url);
        assertThrows(WebhookGuard.Refused.class, () -> guard.target(url), url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://hooks.store.cn/takedowns, hooks.store.cn, 443, /takedowns, 93.184.215.14",
            "HTTPS://Hooks.Store.CN:8443/a?b=c, hooks.store.cn, 8443, /a?b=c, 93.184.215.14",
            "https://two.store.cn, two.store.cn, 443, /, 93.184.215.14",
            "https://8.8.8.8/hook, 8.8.8.8, 443, /hook, 8.8.8.8",
            "https://[2606:4700:4700::1111]/hook, 2606:4700:4700::1111, 443, /hook, 2606:4700:4700::1111"})
    void acceptsHttpsToPublicHostsAndPinsTheCheckedAddress(String url, String host, int port, String path,
            String address) throws Exception {
        assertEquals(Optional.empty(), guard.problem(url));
        WebhookGuard.Target target = guard.target(url);
        assertEquals(host, target.url().host());
        assertEquals(port, target.url().port());
        assertEquals(path, target.url().pathAndQuery());
        assertEquals(ip(address), target.address());
    }

    @Test
    void anInternationalisedNameIsCheckedInItsAsciiForm() throws Exception {
        WebhookGuard idn = new WebhookGuard(host -> {
            assertEquals("xn--fiqs8s.xn--fiqs8s", host);
            return List.of(ip("127.0.0.1"));
        }, false, List.of());
        assertTrue(idn.problem("https://中国.中国/hook").orElseThrow().contains("loopback"));
    }

    @Test
    void aNameThatDoesNotResolveYetMayBeRegisteredButIsNotDelivered() {
        assertEquals(Optional.empty(), guard.problem("https://not-yet.store.cn/hook"));
        WebhookGuard.Refused refused = assertThrows(WebhookGuard.Refused.class,
                () -> guard.target("https://not-yet.store.cn/hook"));
        assertEquals("the host does not resolve", refused.getMessage());
    }

    @Test
    void plainHttpAndAllowedNetworksOnlyWhereConfigured() throws Exception {
        WebhookGuard local = new WebhookGuard(WebhookGuardTest::lookUp, true, List.of("127.0.0.1/32"));
        assertEquals(ip("127.0.0.1"), local.target("http://127.0.0.1:9000/hook").address());
        assertTrue(local.problem("http://127.0.0.2:9000/hook").isPresent());
        assertTrue(local.problem("http://[::1]:9000/hook").isPresent());
        assertTrue(guard.problem("http://127.0.0.1:9000/hook").orElseThrow().contains("https"));
    }

    @Test
    void theReasonNamesTheKindOfAddress() {
        assertEquals(Optional.of("must reach a public address; the host is or resolves to a link-local "
                + "(including cloud metadata) address"), guard.problem("https://metadata.store.cn/"));
        assertEquals(Optional.of("must write an IPv4 address as four decimal numbers without leading zeros"),
                guard.problem("https://0x7f000001/"));
        assertEquals(Optional.of("must not contain user information (user@host)"),
                guard.problem("https://good.example@127.0.0.1/"));
    }
}
