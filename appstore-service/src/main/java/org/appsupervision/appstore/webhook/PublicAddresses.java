package org.appsupervision.appstore.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether an address is public, that is globally reachable unicast, and otherwise which kind of
 * address it is (loopback, private, link-local ...), after the IANA IPv4 and IPv6 special-purpose registries.
 *
 * <p>Written over {@link InetAddress} bytes rather than taken from a library: no address library is among
 * the packages served to this build, and the ones that exist classify loopback or link-local but not the
 * whole special-purpose registry (documentation, benchmarking, shared CGNAT space, NAT64 and 6to4
 * embeddings), so a table was needed either way. The JDK parses address literals into bytes; nothing
 * here resolves a name.
 */
public final class PublicAddresses {

    /** A special-purpose block and what to call an address in it. */
    private record Block(byte[] prefix, int bits, String kind) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            return rest == 0 || ((address[whole] ^ prefix[whole]) & (0xff << (8 - rest)) & 0xff) == 0;
        }
    }

    private static final List<Block> V4 = List.of(
            block("0.0.0.0/8", "unspecified"),
            block("10.0.0.0/8", "private"),
            block("100.64.0.0/10", "shared address space (CGNAT)"),
            block("127.0.0.0/8", "loopback"),
            block("169.254.0.0/16", "link-local (including cloud metadata)"),
            block("172.16.0.0/12", "private"),
            block("192.0.0.0/24", "IETF protocol assignment"),
            block("192.0.2.0/24", "documentation"),
            block("192.88.99.0/24", "reserved (6to4 relay anycast)"),
            block("192.168.0.0/16", "private"),
            block("198.18.0.0/15", "benchmarking"),
            block("198.51.100.0/24", "documentation"),
            block("203.0.113.0/24", "documentation"),
            block("224.0.0.0/4", "multicast"),
            block("255.255.255.255/32", "broadcast"),
            block("240.0.0.0/4", "reserved"));

    private static final List<Block> V6 = List.of(
            block("::/128", "unspecified"),
            block("::1/128", "loopback"),
            block("::ffff:0:0/96", "IPv4-mapped IPv6"),
            block("::/96", "IPv4-compatible IPv6"),
            block("64:ff9b:1::/48", "local-use NAT64"),
            block("100::/64", "discard-only"),
            block("2001::/32", "Teredo"),
            block("2001::/23", "IETF protocol assignment"),
            block("2001:db8::/32", "documentation"),
            block("3fff::/20", "documentation"),
            block("5f00::/16", "reserved (SRv6)"),
            block("fc00::/7", "unique-local"),
            block("fe80::/10", "link-local"),
            block("fec0::/10", "site-local"),
            block("ff00::/8", "multicast"));

    private static final Block NAT64 = block("64:ff9b::/96", "NAT64");
    private static final Block SIX_TO_FOUR = block("2002::/16", "6to4");
    private static final Block GLOBAL_UNICAST = block("2000::/3", "global unicast");

    private PublicAddresses() {
    }

    /** Empty when the address is public; otherwise the kind of address that makes it forbidden. */
    public static Optional<String> forbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return kind(V4, bytes);
        }
        if (!(address instanceof Inet6Address)) {
            return Optional.of("unknown address family");
        }
        Optional<String> special = kind(V6, bytes);
        if (special.isPresent()) {
            return special;
        }
        // NAT64 and 6to4 carry an IPv4 address inside: they are as public as the address they carry.
        if (NAT64.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 12, 16), NAT64.kind());
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 2, 6), SIX_TO_FOUR.kind());
        }
        return GLOBAL_UNICAST.contains(bytes) ? Optional.empty() : Optional.of("reserved (not global unicast)");
    }

    /** Whether the address is inside the CIDR block (an IPv4 or IPv6 literal with a prefix length). */
    public static boolean within(InetAddress address, String cidr) {
        return block(cidr, cidr).contains(address.getAddress());
    }

    private static Optional<String> embedded(byte[] v4, String carrier) {
        return kind(V4, v4).map(kind -> carrier + " of a " + kind + " IPv4 address");
    }

    private static Optional<String> kind(List<Block> blocks, byte[] bytes) {
        return blocks.stream().filter(b -> b.contains(bytes)).findFirst().map(Block::kind);
    }

    private static Block block(String cidr, String kind) {
        int slash = cidr.indexOf('/');
        if (slash < 0 || !cidr.substring(0, slash).matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not a CIDR block: " + cidr);
        }
        try {
            // Only literals reach here (checked above), so no name is ever looked up.
            String literal = cidr.substring(0, slash);
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && prefix.length == 4) {
                // The JDK turns IPv4-mapped literals into IPv4 addresses; the block is meant as IPv6.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(prefix, 0, mapped, 12, 4);
                prefix = mapped;
            }
            int bits = Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            return new Block(prefix, bits, kind);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR block: " + cidr, e);
        }
    }
}
