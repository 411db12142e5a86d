package com.clothingchain.branch.days.control;

import com.clothingchain.branch.site.control.BranchSite;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndOfDayTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static EndOfDay at(String closingTime, LocalDateTime localNow) {
        EndOfDay endOfDay = new EndOfDay();
        endOfDay.closingTime = LocalTime.parse(closingTime);
        endOfDay.clock = Clock.fixed(localNow.atZone(LISBON).toInstant(), ZoneId.of("UTC"));
        endOfDay.site = new BranchSite() {
            @Override
            public ZoneId zone() {
                return LISBON;
            }
        };
        return endOfDay;
    }

    @Test
    void aDateIsOverOnceItsClosingTimeHasPassedInTheBranchsZone() {
        assertFalse(at("22:00", MONDAY.atTime(21, 59, 59)).isOver(MONDAY));
        assertTrue(at("22:00", MONDAY.atTime(22, 0)).isOver(MONDAY));
        assertTrue(at("22:00", MONDAY.plusDays(1).atTime(9, 0)).isOver(MONDAY), "after downtime");
        assertFalse(at("22:00", MONDAY.minusDays(1).atTime(23, 0)).isOver(MONDAY), "a date not begun");
    }

    @Test
    void midnightClosesTheDateAtItsEndNotItsStart() {
        assertFalse(at("00:00", MONDAY.atStartOfDay()).isOver(MONDAY));
        assertFalse(at("00:00", MONDAY.atTime(23, 59, 59, 999_000_000)).isOver(MONDAY));
        assertTrue(at("00:00", MONDAY.plusDays(1).atStartOfDay()).isOver(MONDAY));
    }
}
