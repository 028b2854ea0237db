package org.appsupervision.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void portsComeFromBelowTheEphemeralRangeAndAreNeverHandedOutTwice() throws IOException {
        int ephemeralStart = Ports.ephemeralStart();
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            assertTrue(ephemeralStart > 1024, "the ephemeral range is read from /proc, not " + ephemeralStart);
        }
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            int port = Ports.free();
            ports.add(port);
            if (ephemeralStart > 21_000) {
                assertTrue(port < ephemeralStart, port + " is in the ephemeral range from " + ephemeralStart);
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(port, socket.getLocalPort());
            }
        }
        assertEquals(100, ports.size());
    }
}
