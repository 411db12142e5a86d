package com.clothingchain.branch.products.control;

import com.clothingchain.contract.ScheduledPrice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogueReplicaTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final List<ScheduledPrice> SCHEDULE = List.of(
            new ScheduledPrice(MONDAY.minusDays(30), new BigDecimal("49.90")),
            new ScheduledPrice(MONDAY, new BigDecimal("29.90")));

    @Test
    void thePriceOfADateIsTheLatestThatBeganByThen() {
        assertEquals(Optional.of(new BigDecimal("49.90")), CatalogueReplica.effective(SCHEDULE, MONDAY.minusDays(1)));
        assertEquals(Optional.of(new BigDecimal("29.90")), CatalogueReplica.effective(SCHEDULE, MONDAY));
        assertEquals(Optional.of(new BigDecimal("29.90")), CatalogueReplica.effective(SCHEDULE, MONDAY.plusDays(100)));
    }

    @Test
    void beforeItsFirstPriceAVariantHasNone() {
        assertEquals(Optional.empty(), CatalogueReplica.effective(SCHEDULE, MONDAY.minusDays(31)));
        assertEquals(Optional.empty(), CatalogueReplica.effective(List.of(), MONDAY));
    }
}
