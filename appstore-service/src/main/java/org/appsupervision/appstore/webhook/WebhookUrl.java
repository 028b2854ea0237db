package org.appsupervision.appstore.webhook;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A webhook URL taken apart strictly: https (http only where allowed), no user information, and a host that
 * is either a fully qualified DNS name (IDN turned to ASCII), a dotted-quad IPv4 address or a bracketed IPv6
 * address. Every other numeric spelling that some resolver would read as an address ({@code 0x7f000001},
 * {@code 2130706433}, {@code 0177.0.0.1}, {@code 127.1}) is refused rather than interpreted.
 */
public record WebhookUrl(boolean https, String host, int port, String pathAndQuery, Optional<InetAddress> literal) {

    /** Why a URL cannot be a webhook, in words an admin can act on. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** A last label that the WHATWG URL parser and inet_aton would read as a number (decimal, octal, hex). */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern LDH_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** Special-use names (RFC 6761, 6762, 8375, 7686 and the like) that never name a public host. */
    private static final Set<String> SPECIAL_SUFFIXES = Set.of("localhost", "local", "internal", "home.arpa",
            "invalid", "onion", "test", "example", "localdomain", "lan", "intranet", "corp", "private");

    /** Parses {@code raw}; plain http only when {@code allowHttp}. */
    public static WebhookUrl parse(String raw, boolean allowHttp) throws Invalid {
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new Invalid("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new Invalid(allowHttp ? "must be an https or http URL" : "must be an https URL");
        }
        String authority = uri.getRawAuthority();
        if (uri.isOpaque() || authority == null || authority.isEmpty()) {
            throw new Invalid("must name a host");
        }
        if (authority.contains("@") || uri.getRawUserInfo() != null) {
            throw new Invalid("must not contain user information (user@host)");
        }
        if (uri.getRawFragment() != null) {
            throw new Invalid("must not contain a fragment");
        }
        String host = uri.getHost() != null ? uri.getHost() : unicodeHost(authority);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (port < 1 || port > 65535) {
            throw new Invalid("has a port out of range");
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (host.startsWith("[")) {
            return new WebhookUrl(scheme.equals("https"), host.substring(1, host.length() - 1), port, path,
                    Optional.of(ipv6(host)));
        }
        String ascii = asciiName(host);
        if (DOTTED_QUAD.matcher(ascii).matches()) {
            return new WebhookUrl(scheme.equals("https"), ascii, port, path, Optional.of(literal(ascii)));
        }
        checkName(ascii);
        return new WebhookUrl(scheme.equals("https"), ascii, port, path, Optional.empty());
    }

    private static String unicodeHost(String authority) throws Invalid {
        // java.net.URI leaves non-ASCII (IDN) hosts unparsed: take the host from the authority ourselves.
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.substring(colon + 1).matches("\\d{0,5}")) {
            throw new Invalid("has a port that is not a number");
        }
        return colon >= 0 ? authority.substring(0, colon) : authority;
    }

    private static String asciiName(String host) throws Invalid {
        try {
            // IDNA maps full-width digits and ideographic full stops to ASCII, so the checks below see them too.
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Invalid("has a host that is not a valid name");
        }
    }

    private static void checkName(String ascii) throws Invalid {
        if (ascii.isEmpty() || ascii.length() > 253) {
            throw new Invalid("has a host that is not a valid name");
        }
        if (ascii.endsWith(".")) {
            throw new Invalid("must not end its host with a dot");
        }
        String[] labels = ascii.split("\\.", -1);
        if (NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches()) {
            throw new Invalid("must write an IPv4 address as four decimal numbers without leading zeros");
        }
        for (String label : labels) {
            if (!LDH_LABEL.matcher(label).matches()) {
                throw new Invalid("has a host that is not a valid name");
            }
        }
        if (labels.length < 2) {
            throw new Invalid("must name a fully qualified host (a single label is resolved against local search domains)");
        }
        for (String suffix : SPECIAL_SUFFIXES) {
            if (ascii.equals(suffix) || ascii.endsWith("." + suffix)) {
                throw new Invalid("names a host under ." + suffix + ", which is never public");
            }
        }
    }

    private static InetAddress ipv6(String bracketed) throws Invalid {
        String inside = bracketed.substring(1, bracketed.length() - 1);
        if (inside.contains("%")) {
            throw new Invalid("must not name an IPv6 zone");
        }
        return literal(inside);
    }

    private static InetAddress literal(String address) throws Invalid {
        try {
            // A literal only (checked by the caller's pattern or java.net.URI's IPv6 grammar): no lookup happens.
            return InetAddress.getByName(address);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new Invalid("has a host that is not a valid address");
        }
    }
}
