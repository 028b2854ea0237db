package org.appsupervision.appstore.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0                 | unspecified",
            "0.1.2.3                 | unspecified",
            "10.0.0.1                | private",
            "10.255.255.255          | private",
            "100.64.0.1              | shared address space (CGNAT)",
            "100.127.255.254         | shared address space (CGNAT)",
            "127.0.0.1               | loopback",
            "127.255.255.254         | loopback",
            "169.254.169.254         | link-local (including cloud metadata)",
            "169.254.0.1             | link-local (including cloud metadata)",
            "172.16.0.1              | private",
            "172.31.255.255          | private",
            "192.0.0.8               | IETF protocol assignment",
            "192.0.2.10              | documentation",
            "192.88.99.1             | reserved (6to4 relay anycast)",
            "192.168.1.1             | private",
            "198.18.0.1              | benchmarking",
            "198.19.255.255          | benchmarking",
            "198.51.100.7            | documentation",
            "203.0.113.9             | documentation",
            "224.0.0.251             | multicast",
            "239.255.255.250         | multicast",
            "240.0.0.1               | reserved",
            "255.255.255.255         | broadcast",
            "::                      | unspecified",
            "::1                     | loopback",
            "::7f00:1                | IPv4-compatible IPv6",
            "::a00:1                 | IPv4-compatible IPv6",
            "64:ff9b:1::a00:1        | local-use NAT64",
            "64:ff9b::7f00:1         | NAT64 of a loopback IPv4 address",
            "64:ff9b::a9fe:a9fe      | NAT64 of a link-local (including cloud metadata) IPv4 address",
            "64:ff9b::c0a8:101       | NAT64 of a private IPv4 address",
            "100::1                  | discard-only",
            "2001::1                 | Teredo",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2 | Teredo",
            "2001:2::1               | IETF protocol assignment",
            "2001:db8::1             | documentation",
            "3fff::1                 | documentation",
            "2002:7f00:1::1          | 6to4 of a loopback IPv4 address",
            "2002:a00:1::1           | 6to4 of a private IPv4 address",
            "2002:a9fe:a9fe::1       | 6to4 of a link-local (including cloud metadata) IPv4 address",
            "5f00::1                 | reserved (SRv6)",
            "fc00::1                 | unique-local",
            "fd00:ec2::254           | unique-local",
            "fdff:ffff::1            | unique-local",
            "fe80::1                 | link-local",
            "febf::1                 | link-local",
            "fec0::1                 | site-local",
            "ff02::1                 | multicast",
            "ff05::2                 | multicast",
            "4000::1                 | reserved (not global unicast)",
            "e000::1                 | reserved (not global unicast)",
    })
    void forbiddenAddressesAreNamedByTheirKind(String literal, String kind) throws Exception {
        assertEquals(Optional.of(kind), PublicAddresses.forbidden(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
            "0:0:0:0:0:ffff:c0a8:0101"})
    void ipv4MappedIpv6AddressesAreJudgedByTheIpv4AddressTheyCarry(String literal) throws Exception {
        assertTrue(PublicAddresses.forbidden(InetAddress.getByName(literal)).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.0", "172.15.255.255",
            "172.32.0.0", "169.253.255.255", "192.167.255.255", "198.17.255.255", "223.255.255.255", "9.255.255.255",
            "11.0.0.0", "2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:82b::200e",
            "64:ff9b::808:808", "2002:808:808::1", "2001:200::1", "::ffff:8.8.8.8"})
    void publicAddressesAreAccepted(String literal) throws Exception {
        assertEquals(Optional.empty(), PublicAddresses.forbidden(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1, 127.0.0.1/32, true", "127.0.0.2, 127.0.0.1/32, false", "10.1.2.3, 10.0.0.0/8, true",
            "::1, ::1/128, true", "127.0.0.1, ::1/128, false", "fd00::1, fc00::/7, true"})
    void aCidrBlockContainsExactlyItsAddresses(String literal, String cidr, boolean within) throws Exception {
        assertEquals(within, PublicAddresses.within(InetAddress.getByName(literal), cidr));
    }
}
