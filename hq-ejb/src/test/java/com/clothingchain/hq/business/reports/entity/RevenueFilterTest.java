package com.clothingchain.hq.business.reports.entity;

import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RevenueFilterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void refusesABadRangeNamingTheField() {
        assertRefused(400, "from", () -> new RevenueFilter(null, DAY, null));
        assertRefused(400, "to", () -> new RevenueFilter(DAY, null, null));
        assertRefused(422, "to", () -> new RevenueFilter(DAY, DAY.minusDays(1), null));
        assertRefused(422, "to", () -> new RevenueFilter(DAY, DAY.plusDays(RevenueFilter.MAX_DAYS), null));
    }

    @Test
    void takesAtMostAYearAndABlankBranchAsAll() {
        var filter = new RevenueFilter(DAY, DAY.plusDays(RevenueFilter.MAX_DAYS - 1), " ");
        assertEquals(RevenueFilter.MAX_DAYS, RevenueFilter.days(filter.from(), filter.to()));
        assertEquals(null, filter.branchCode());
    }

    private static void assertRefused(int status, String field, Runnable construction) {
        Problem problem = assertThrows(ProblemException.class, construction::run).problem();
        assertEquals(status, problem.status());
        assertEquals(field, problem.field());
    }
}
