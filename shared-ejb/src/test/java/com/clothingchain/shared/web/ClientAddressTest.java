package com.clothingchain.shared.web;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void aForwardedForHeaderCountsOnlyFromATrustedProxy() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "10.9.9.9", Set.of()));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "10.9.9.9", Set.of("10.0.0.1")));
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.1", "203.0.113.5", Set.of("10.0.0.1")));
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        // A client may put anything in front; the proxies append what they saw.
        assertEquals("203.0.113.5", ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.5, 10.0.0.2", Set.of("10.0.0.1", "10.0.0.2")));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "10.0.0.2", Set.of("10.0.0.1", "10.0.0.2")));
    }
}
