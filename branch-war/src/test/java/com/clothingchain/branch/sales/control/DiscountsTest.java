package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The rules of line discounts, as the API and the sale page both use them. */
class DiscountsTest {

    private static final String FIELD = "lines[2].discountPercent";

    private static Discounts withLimit(String limit) {
        Discounts discounts = new Discounts();
        discounts.rules = new TillRules() {
            @Override
            public BigDecimal discountLimit() {
                return new BigDecimal(limit);
            }
        };
        return discounts;
    }

    private static void refused(int status, String field, Runnable check) {
        ProblemException refusal = assertThrows(ProblemException.class, check::run);
        assertEquals(status, refusal.problem().status(), refusal.problem().detail());
        assertEquals(field, refusal.problem().field());
    }

    @Test
    void aPercentIsMoreThanZeroAtMostAHundredWithTwoDecimals() {
        assertEquals(new BigDecimal("15.00"), Discounts.percent(FIELD, new BigDecimal("15")));
        assertEquals(new BigDecimal("12.50"), Discounts.percent(FIELD, new BigDecimal("12.5")));
        assertEquals(new BigDecimal("100.00"), Discounts.percent(FIELD, new BigDecimal("1E+2")));
        assertEquals(new BigDecimal("0.01"), Discounts.percent(FIELD, "0.01"));
        assertEquals(new BigDecimal("12.50"), Discounts.percent(FIELD, " 12,5 "), "typed on a page with a decimal comma");
        assertEquals(new BigDecimal("33.33"), Discounts.percent(FIELD, new BigDecimal("33.3300")));
        assertNull(Discounts.percent(FIELD, null));
        assertNull(Discounts.percent(FIELD, "  "), "an emptied field is no discount");
        for (Object wrong : new Object[] {BigDecimal.ZERO, new BigDecimal("-5"), new BigDecimal("100.01"), new BigDecimal("12.345"),
                new BigDecimal("1E-7"), new BigDecimal("1E+9"), "0", "-1", "101", "1.001", "ten", "1e2", "15%", "", true,
                Map.of("value", 15), List.of(15)}) {
            if (wrong instanceof String text && text.isEmpty()) {
                continue;
            }
            refused(400, FIELD, () -> Discounts.percent(FIELD, wrong));
        }
    }

    @Test
    void linesOfOneProductHaveOneDiscount() {
        Map<String, BigDecimal> percents = Discounts.bySku(List.of(new LineRequest("TSH-RED-M", null, 1, new BigDecimal("10")),
                new LineRequest("jns-ind-32", null, 2, null), new LineRequest(" tsh-red-m ", null, 1, new BigDecimal("10.0"))));
        assertEquals(Map.of("TSH-RED-M", new BigDecimal("10.00")), percents);
        refused(422, "lines[1].discountPercent", () -> Discounts.bySku(List.of(new LineRequest("TSH-RED-M", null, 1, new BigDecimal("10")),
                new LineRequest("TSH-RED-M", null, 1, new BigDecimal("15")))));
        refused(422, "lines[1].discountPercent", () -> Discounts.bySku(List.of(new LineRequest("TSH-RED-M", null, 1, null),
                new LineRequest("TSH-RED-M", null, 1, new BigDecimal("15")))));
        refused(400, "lines[1].discountPercent", () -> Discounts.bySku(List.of(new LineRequest("A", null, 1, null),
                new LineRequest("B", null, 1, new BigDecimal("0")))));
    }

    @Test
    void aboveTheLimitOnlyAManagerGivesADiscount() {
        Discounts discounts = withLimit("30");
        List<LineRequest> lines = List.of(new LineRequest("A", null, 1, new BigDecimal("30")),
                new LineRequest("B", null, 1, new BigDecimal("30.01")));
        refused(403, "lines[1].discountPercent", () -> discounts.requireAllowed(lines, false));
        discounts.requireAllowed(lines, true);
        discounts.requireAllowed(lines.subList(0, 1), false);
        assertEquals(new BigDecimal("30.00"), discounts.allowed(FIELD, "30", false), "the limit itself is a clerk's");
        refused(403, FIELD, () -> discounts.allowed(FIELD, "31", false));
        assertEquals(new BigDecimal("100.00"), discounts.allowed(FIELD, "100", true));
        refused(400, FIELD, () -> discounts.allowed(FIELD, "101", true));
    }

    @Test
    void aReturnTakesNoDiscount() {
        Discounts.noneOnReturn(List.of(new LineRequest("A", 1)));
        refused(400, "lines[1].discountPercent", () -> Discounts.noneOnReturn(List.of(new LineRequest("A", 1),
                new LineRequest("B", null, 1, new BigDecimal("10")))));
    }
}
