package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.contract.ScheduledPrice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriceScheduleTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private static TreeMap<LocalDate, BigDecimal> prices(Object... dateAndAmount) {
        var map = new TreeMap<LocalDate, BigDecimal>();
        for (int i = 0; i < dateAndAmount.length; i += 2) {
            map.put(JAN_1.plusDays((Integer) dateAndAmount[i]), new BigDecimal((String) dateAndAmount[i + 1]));
        }
        return map;
    }

    private static ScheduledPrice at(int day, String amount) {
        return new ScheduledPrice(JAN_1.plusDays(day), new BigDecimal(amount));
    }

    @Test
    void theChainsScheduleWhenTheBranchHasNoPriceOfItsOwn() {
        assertEquals(List.of(at(0, "19.99"), at(10, "14.99")),
                PriceSchedule.merge(prices(0, "19.99", 10, "14.99"), prices(), JAN_1.plusDays(5)));
    }

    @Test
    void theBranchsOwnPriceWinsFromItsDateOnEvenOverALaterChainMarkdown() {
        assertEquals(List.of(at(0, "19.99"), at(3, "17.99")),
                PriceSchedule.merge(prices(0, "19.99", 10, "14.99"), prices(3, "17.99"), JAN_1));
    }

    @Test
    void whatWasReplacedBeforeTheBranchsYesterdayIsLeftOutButWhatAppliesThenIsKept() {
        assertEquals(List.of(at(10, "14.99"), at(20, "9.99")),
                PriceSchedule.merge(prices(0, "19.99", 10, "14.99", 20, "9.99"), prices(), JAN_1.plusDays(15)));
    }

    @Test
    void equalNeighboursAreOneEntryAndNoPriceIsAnEmptySchedule() {
        assertEquals(List.of(at(0, "19.99")), PriceSchedule.merge(prices(0, "19.99", 5, "19.99"), prices(), JAN_1));
        assertEquals(List.of(), PriceSchedule.merge(prices(), prices(), JAN_1));
    }
}
