package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.returns.entity.ReturnLine;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Receipts taxed the branch's way, checked against figures worked out here independently: in whole cents with
 * integer arithmetic (half up), never with the class under test's BigDecimal division. The receipts are built as the
 * till builds them: each line a {@link ReceiptLine} of a product at its price, with the discount percent read by
 * {@link Discounts} as a terminal sends it, added to a {@link Receipt}.
 */
class TaxTest {

    private static final AtomicInteger SKUS = new AtomicInteger();

    /** A line as rung up: unit price, quantity, rate, and the line's discount in percent as sent (null: none). */
    private record Item(String unitPrice, int quantity, String rate, String discountPercent) {
        Item(String unitPrice, int quantity, String rate) {
            this(unitPrice, quantity, rate, null);
        }

        long grossCents() {
            return new BigDecimal(unitPrice).movePointRight(2).longValueExact() * quantity;
        }

        /** The discount: gross × percent / 100, the percent in hundredths (12.5 % is 1250), half up to the cent. */
        long discountCents() {
            return discountPercent == null ? 0 : halfUp(grossCents() * new BigDecimal(discountPercent).movePointRight(2).longValueExact(), 10_000);
        }

        long amountCents() {
            return grossCents() - discountCents();
        }

        /** The rate in thousandths of a percent (8.875 % is 8875). */
        long rateMilli() {
            return new BigDecimal(rate).movePointRight(3).longValueExact();
        }

        /** The line as the till makes it. */
        ReceiptLine sold(Receipt receipt, int lineNo, Tax.Mode mode) {
            Product product = new Product("TAX-" + SKUS.incrementAndGet(), new ProductDetails("Shirt", "Tops", "M", "red",
                    new BigDecimal(unitPrice)), Instant.EPOCH);
            return new ReceiptLine(receipt, lineNo, product, quantity,
                    Discounts.percent("lines[" + (lineNo - 1) + "].discountPercent", discountPercent), mode, new BigDecimal(rate));
        }
    }

    private record Case(Tax.Mode mode, List<Item> items) {
    }

    private static long halfUp(long numerator, long denominator) {
        return (2 * numerator + denominator) / (2 * denominator);
    }

    private static long taxCents(Tax.Mode mode, long amount, long rateMilli) {
        return mode == Tax.Mode.INCLUSIVE ? halfUp(amount * rateMilli, 100_000 + rateMilli) : halfUp(amount * rateMilli, 100_000);
    }

    private static final List<Case> RECEIPTS = List.of(
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("19.99", 3, "20.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("0.01", 1, "20.00"), new Item("0.05", 1, "20.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("33.33", 3, "20.00", "10"), new Item("9.99", 7, "5.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("12.34", 1, "7.70"), new Item("56.78", 2, "2.50"), new Item("0.99", 13, "0.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("999.99", 999, "20.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("0.03", 1, "19.00"), new Item("0.03", 1, "19.00"), new Item("0.03", 1, "7.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("49.95", 2, "21.00", "15"), new Item("24.50", 1, "21.00", "33.33"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("15.00", 1, "25.50"), new Item("15.00", 1, "25.50", "50"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("7.77", 9, "16.00"), new Item("3.33", 3, "8.00"), new Item("1.11", 11, "5.00"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("29.90", 1, "20.00", "20"), new Item("29.90", 1, "20.00", "25"),
                    new Item("29.90", 1, "20.00", "30"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("0.10", 7, "10.00"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("0.99", 7, "8.875"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("19.99", 3, "8.875"), new Item("4.49", 2, "4.00"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("0.01", 1, "8.875"), new Item("0.05", 1, "8.875"), new Item("0.11", 1, "8.875"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("33.33", 3, "6.25", "10"), new Item("12.50", 4, "6.25", "5.5"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("999.99", 999, "10.25"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("5.55", 5, "7.00"), new Item("5.55", 5, "0.00"), new Item("5.55", 5, "13.00"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("18.00", 1, "8.875", "15"), new Item("18.00", 2, "8.875", "15"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("2.99", 3, "9.50"), new Item("2.99", 3, "9.50", "33"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("64.99", 1, "4.712"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("0.45", 11, "7.25"), new Item("120.00", 1, "7.25", "12.5"))),
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("0.45", 11, "7.25"), new Item("120.00", 1, "7.25", "12.5"))),
            // a whole line given away, and a discount too small to take a cent off
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("89.99", 1, "20.00", "100"), new Item("12.49", 3, "20.00", "0.01"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("19.95", 3, "8.875", "12.5"), new Item("7.49", 4, "8.875", "33.33"))),
            // 0.99 × 50 % = 0.495: half up to 0.50
            new Case(Tax.Mode.INCLUSIVE, List.of(new Item("24.99", 2, "5.00", "17.5"), new Item("0.99", 1, "20.00", "50"))),
            new Case(Tax.Mode.EXCLUSIVE, List.of(new Item("149.00", 1, "10.25", "30"), new Item("149.00", 1, "10.25", "30.01"),
                    new Item("0.35", 3, "4.712", "99.99"))));

    @Test
    void everyReceiptMatchesTheIndependentFiguresToTheCent() {
        assertEquals(26, RECEIPTS.size());
        assertTrue(RECEIPTS.stream().filter(r -> r.items().stream().anyMatch(i -> i.discountPercent() != null)).count() >= 10,
                "at least ten receipts with line discounts");
        for (Case receipt : RECEIPTS) {
            Receipt sold = new Receipt("T-1",
                    LocalDate.of(2026, 1, 2), "clerk", Instant.EPOCH, null, receipt.mode());
            long expectedTotal = 0;
            long expectedTax = 0;
            long expectedDiscount = 0;
            Map<Long, long[]> expectedByRate = new TreeMap<>();
            for (Item item : receipt.items()) {
                ReceiptLine line = item.sold(sold, sold.getLines().size() + 1, receipt.mode());
                sold.add(line);
                long tax = taxCents(receipt.mode(), item.amountCents(), item.rateMilli());
                long total = receipt.mode() == Tax.Mode.INCLUSIVE ? item.amountCents() : item.amountCents() + tax;
                assertEquals(BigDecimal.valueOf(item.grossCents(), 2), line.getAmount(), receipt + ": amount of " + item);
                assertEquals(BigDecimal.valueOf(item.discountCents(), 2), line.getDiscount(), receipt + ": discount of " + item);
                assertEquals(BigDecimal.valueOf(tax, 2), line.getTaxAmount(), receipt + ": tax of " + item);
                assertEquals(BigDecimal.valueOf(total, 2), line.getLineTotal(), receipt + ": total of " + item);
                expectedTotal += total;
                expectedTax += tax;
                expectedDiscount += item.discountCents();
                long[] sums = expectedByRate.computeIfAbsent(item.rateMilli(), r -> new long[2]);
                sums[0] += total - tax;
                sums[1] += tax;
            }
            List<Tax.RateTotal> byRate = sold.taxes();
            assertEquals(expectedByRate.size(), byRate.size(), receipt.toString());
            int i = 0;
            for (Map.Entry<Long, long[]> rate : expectedByRate.entrySet()) {
                Tax.RateTotal actual = byRate.get(i++);
                assertEquals(0, BigDecimal.valueOf(rate.getKey(), 3).compareTo(actual.rate()), receipt + ": rate order");
                assertEquals(BigDecimal.valueOf(rate.getValue()[0], 2), actual.taxable(), receipt + ": taxable at " + actual.rate());
                assertEquals(BigDecimal.valueOf(rate.getValue()[1], 2), actual.tax(), receipt + ": tax at " + actual.rate());
            }
            assertEquals(BigDecimal.valueOf(expectedTotal, 2), sold.getTotal(), receipt + ": total");
            assertEquals(BigDecimal.valueOf(expectedTax, 2), sold.getTaxTotal(), receipt + ": tax total");
            assertEquals(BigDecimal.valueOf(expectedDiscount, 2), sold.getDiscountTotal(), receipt + ": discount total");
        }
    }

    @Test
    void aDiscountedLineReturnedInPartsRefundsWhatWasPaid() {
        // 3 × 19.95 = 59.85, 12.5 % off = 7.48 (7.48125), so 52.37 paid, tax included at 20 %: 8.73 of it
        Case receipt = new Case(Tax.Mode.INCLUSIVE, List.of(new Item("19.95", 3, "20.00", "12.5")));
        Receipt sold = new Receipt("T-2",
                LocalDate.of(2026, 1, 2), "clerk", Instant.EPOCH, null, receipt.mode());
        ReceiptLine line = receipt.items().get(0).sold(sold, 1, receipt.mode());
        sold.add(line);
        assertEquals(new BigDecimal("52.37"), line.getLineTotal());
        assertEquals(new BigDecimal("8.73"), line.getTaxAmount());
        ProductReturn first = new ProductReturn(sold, LocalDate.of(2026, 1, 3), "clerk", Instant.EPOCH, ProductReturn.Reason.OTHER, null);
        first.add(new ReturnLine(first, line, 1, 0));
        ProductReturn rest = new ProductReturn(sold, LocalDate.of(2026, 1, 4), "clerk", Instant.EPOCH, ProductReturn.Reason.OTHER, null);
        rest.add(new ReturnLine(rest, line, 2, 1));
        assertEquals(new BigDecimal("17.46"), first.getRefund(), "a third of 52.37, half up");
        assertEquals(new BigDecimal("34.91"), rest.getRefund(), "the rest of what was paid");
        assertEquals(line.getLineTotal(), first.getRefund().add(rest.getRefund()), "never the undiscounted 59.85");
        assertEquals(line.getTaxAmount(), first.getTaxTotal().add(rest.getTaxTotal()));
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
