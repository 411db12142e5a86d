package com.clothingchain.system;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TestChainTest {

    @Test
    void theBranchZoneIsAtNoonWhateverTheHourInUtc() {
        for (int hour = 0; hour < 24; hour++) {
            LocalTime utc = LocalTime.of(hour, 30);
            ZoneId zone = ZoneId.of(TestChain.zoneAtNoon(utc));
            LocalTime local = LocalDate.of(2026, 3, 29).atTime(utc).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalTime();
            assertEquals(LocalTime.of(12, 30), local, zone.getId());
        }
    }
}
