package com.clothingchain.branch.sales.control;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Receipts taxed the branch's way, checked against figures worked out here independently: in whole cents with
 * integer arithmetic (half up), never with the class under test's BigDecimal division.
 */
class TaxTest {

    /** A line as rung up: unit price, quantity, rate; {@code discountPercent} gives the amount after a line discount. */
    private record Item(String unitPrice, int quantity, String rate, int discountPercent) {
        Item(String unitPrice, int quantity, String rate) {
            this(unitPrice, quantity, rate, 0);
        }

        long amountCents() {
            long gross = new BigDecimal(unitPrice).movePointRight(2).longValueExact() * quantity;
            return gross - halfUp(gross * discountPercent, 100);
        }

        /** The rate in thousandths of a percent (8.875 % is 8875). */
        long rateMilli() {
            return new BigDecimal(rate).movePointRight(3).longValueExact();
        }
    }

    private record Receipt(Tax.Mode mode, List<Item> items) {
    }

    private static long halfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    private static long taxCents(Tax.Mode mode, long amount, long rateMilli) {
        return mode == Tax.Mode.INCLUSIVE ? halfUp(amount * rateMilli, 100_000 + rateMilli) : halfUp(amount * rateMilli, 100_000);
    }

    private static final List<Receipt> RECEIPTS = List.of(
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("19.99", 3, "20.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("0.01", 1, "20.00"), new Item("0.05", 1, "20.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("33.33", 3, "20.00", 10), new Item("9.99", 7, "5.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("12.34", 1, "7.70"), new Item("56.78", 2, "2.50"), new Item("0.99", 13, "0.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("999.99", 999, "20.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("0.03", 1, "19.00"), new Item("0.03", 1, "19.00"), new Item("0.03", 1, "7.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("49.95", 2, "21.00", 15), new Item("24.50", 1, "21.00", 33))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("15.00", 1, "25.50"), new Item("15.00", 1, "25.50", 50))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("7.77", 9, "16.00"), new Item("3.33", 3, "8.00"), new Item("1.11", 11, "5.00"))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("29.90", 1, "20.00", 20), new Item("29.90", 1, "20.00", 25), new Item("29.90", 1, "20.00", 30))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("0.10", 7, "10.00"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("0.99", 7, "8.875"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("19.99", 3, "8.875"), new Item("4.49", 2, "4.00"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("0.01", 1, "8.875"), new Item("0.05", 1, "8.875"), new Item("0.11", 1, "8.875"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("33.33", 3, "6.25", 10), new Item("12.50", 4, "6.25", 5))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("999.99", 999, "10.25"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("5.55", 5, "7.00"), new Item("5.55", 5, "0.00"), new Item("5.55", 5, "13.00"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("18.00", 1, "8.875", 15), new Item("18.00", 2, "8.875", 15))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("2.99", 3, "9.50"), new Item("2.99", 3, "9.50", 33))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("64.99", 1, "4.712"))),
            new Receipt(Tax.Mode.EXCLUSIVE, List.of(new Item("0.45", 11, "7.25"), new Item("120.00", 1, "7.25", 12))),
            new Receipt(Tax.Mode.INCLUSIVE, List.of(new Item("0.45", 11, "7.25"), new Item("120.00", 1, "7.25", 12))));

    @Test
    void everyReceiptMatchesTheIndependentFiguresToTheCent() {
        assertEquals(22, RECEIPTS.size());
        for (Receipt receipt : RECEIPTS) {
            List<Tax.LineTax> lines = new ArrayList<>();
            long expectedTotal = 0;
            Map<Long, long[]> expectedByRate = new TreeMap<>();
            for (Item item : receipt.items()) {
                Tax.LineTax line = Tax.line(receipt.mode(), BigDecimal.valueOf(item.amountCents(), 2), new BigDecimal(item.rate()));
                lines.add(line);
                long tax = taxCents(receipt.mode(), item.amountCents(), item.rateMilli());
                long total = receipt.mode() == Tax.Mode.INCLUSIVE ? item.amountCents() : item.amountCents() + tax;
                assertEquals(BigDecimal.valueOf(tax, 2), line.tax(), receipt + ": tax of " + item);
                assertEquals(BigDecimal.valueOf(total, 2), line.total(), receipt + ": total of " + item);
                expectedTotal += total;
                long[] sums = expectedByRate.computeIfAbsent(item.rateMilli(), r -> new long[2]);
                sums[0] += total - tax;
                sums[1] += tax;
            }
            List<Tax.RateTotal> byRate = Tax.byRate(lines);
            assertEquals(expectedByRate.size(), byRate.size(), receipt.toString());
            int i = 0;
            for (Map.Entry<Long, long[]> rate : expectedByRate.entrySet()) {
                Tax.RateTotal actual = byRate.get(i++);
                assertEquals(0, BigDecimal.valueOf(rate.getKey(), 3).compareTo(actual.rate()), receipt + ": rate order");
                assertEquals(BigDecimal.valueOf(rate.getValue()[0], 2), actual.taxable(), receipt + ": taxable at " + actual.rate());
                assertEquals(BigDecimal.valueOf(rate.getValue()[1], 2), actual.tax(), receipt + ": tax at " + actual.rate());
            }
            assertEquals(BigDecimal.valueOf(expectedTotal, 2),
                    lines.stream().map(Tax.LineTax::total).reduce(BigDecimal.ZERO, BigDecimal::add), receipt + ": total");
        }
    }

    @Test
    void handCheckedLines() {
        // 59.97 × 20/120 = 9.995: half up to 10.00
        assertEquals(new BigDecimal("10.00"), Tax.line(Tax.Mode.INCLUSIVE, new BigDecimal("59.97"), new BigDecimal("20.00")).tax());
        // 6.93 × 8.875 % = 0.6150375: 0.62, paid 7.55
        Tax.LineTax socks = Tax.line(Tax.Mode.EXCLUSIVE, new BigDecimal("6.93"), new BigDecimal("8.875"));
        assertEquals(new BigDecimal("0.62"), socks.tax());
        assertEquals(new BigDecimal("7.55"), socks.total());
        // 0.05 × 20/120 = 0.0083: one cent; 0.02 × 20/120 = 0.0033: none
        assertEquals(new BigDecimal("0.01"), Tax.line(Tax.Mode.INCLUSIVE, new BigDecimal("0.05"), new BigDecimal("20.00")).tax());
        assertEquals(new BigDecimal("0.00"), Tax.line(Tax.Mode.INCLUSIVE, new BigDecimal("0.02"), new BigDecimal("20.00")).tax());
    }

    @Test
    void cashIsRoundedHalfUpToTheStep() {
        assertEquals(new BigDecimal("10.00"), Tax.cashRounded(new BigDecimal("10.02"), new BigDecimal("0.05")));
        assertEquals(new BigDecimal("10.05"), Tax.cashRounded(new BigDecimal("10.03"), new BigDecimal("0.05")));
        assertEquals(new BigDecimal("10.05"), Tax.cashRounded(new BigDecimal("10.07"), new BigDecimal("0.05")));
        assertEquals(new BigDecimal("10.10"), Tax.cashRounded(new BigDecimal("10.08"), new BigDecimal("0.05")));
        assertEquals(new BigDecimal("10.10"), Tax.cashRounded(new BigDecimal("10.05"), new BigDecimal("0.10")));
        assertEquals(new BigDecimal("10.07"), Tax.cashRounded(new BigDecimal("10.07"), new BigDecimal("0.01")));
    }

    @Test
    void partsOfALineAddUpToTheLine() {
        BigDecimal line = new BigDecimal("10.00");
        BigDecimal refunded = BigDecimal.ZERO;
        int returned = 0;
        for (int part : new int[] {1, 1, 1}) {
            refunded = refunded.add(Tax.returnedShare(line, returned, part, 3));
            returned += part;
        }
        assertEquals(new BigDecimal("10.00"), refunded);
        assertEquals(new BigDecimal("3.33"), Tax.share(line, 1, 3));
    }
}
