package com.clothingchain.branch.sales.control;

import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tax rules of a receipt. Each line's tax is worked out on its own and rounded half up to the cent, and the
 * receipt's tax per rate is the sum of its lines' (so a line's tax never changes when other lines are added).
 * Tax-inclusive prices contain the tax ({@code amount × rate / (100 + rate)}); tax-exclusive prices get it added
 * ({@code amount × rate / 100}). A line discount ({@code percent} of the line's amount, half up to the cent) is taken off
 * the amount before its tax is worked out.
 */
public final class Tax {

    public enum Mode { INCLUSIVE, EXCLUSIVE }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A line's tax: {@code amount} as priced (unit price × quantity), the {@code discount} taken off it (0.00 when none),
     * and what the customer pays for it ({@code total}: the amount less the discount, plus any tax added at the till).
     */
    public record LineTax(BigDecimal amount, BigDecimal discount, BigDecimal rate, BigDecimal tax, BigDecimal total) {

        /** The part of the line the tax was worked out on. */
        public BigDecimal taxable() {
            return total.subtract(tax);
        }
    }

    /** The receipt's tax at one rate. */
    public record RateTotal(BigDecimal rate, BigDecimal taxable, BigDecimal tax) {
    }

    private Tax() {
    }

    public static LineTax line(Mode mode, BigDecimal amount, BigDecimal rate) {
        return line(mode, amount, null, rate);
    }

    /** A line of {@code amount} as priced with a discount of {@code discountPercent} ({@code null}: none), taxed at {@code rate}. */
    public static LineTax line(Mode mode, BigDecimal amount, BigDecimal discountPercent, BigDecimal rate) {
        BigDecimal discount = discount(amount, discountPercent);
        BigDecimal net = amount.subtract(discount);
        BigDecimal tax = switch (mode) {
            case INCLUSIVE -> net.multiply(rate).divide(HUNDRED.add(rate), Money.SCALE, RoundingMode.HALF_UP);
            case EXCLUSIVE -> net.multiply(rate).divide(HUNDRED, Money.SCALE, RoundingMode.HALF_UP);
        };
        BigDecimal total = mode == Mode.INCLUSIVE ? net : net.add(tax);
        return new LineTax(Money.of(amount), discount, shown(rate), tax, Money.of(total));
    }

    /** The discount of {@code percent} on {@code amount}, rounded half up to the cent; 0.00 without a percent. */
    public static BigDecimal discount(BigDecimal amount, BigDecimal percent) {
        return percent == null ? Money.ZERO : amount.multiply(percent).divide(HUNDRED, Money.SCALE, RoundingMode.HALF_UP);
    }

    /** A rate with two decimals, or three where it has them (8.875). */
    public static BigDecimal shown(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() <= 2 ? rate.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /** The lines' tax per rate, lowest rate first. */
    public static List<RateTotal> byRate(List<LineTax> lines) {
        Map<BigDecimal, RateTotal> rates = new TreeMap<>();
        for (LineTax line : lines) {
            rates.merge(line.rate(), new RateTotal(line.rate(), line.taxable(), line.tax()),
                    (a, b) -> new RateTotal(a.rate(), a.taxable().add(b.taxable()), a.tax().add(b.tax())));
        }
        return List.copyOf(rates.values());
    }

    /** An amount rounded half up to a cash step (0.05: 10.02 → 10.00, 10.03 → 10.05); a step of 0.01 changes nothing. */
    public static BigDecimal cashRounded(BigDecimal amount, BigDecimal step) {
        return Money.of(amount.divide(step, 0, RoundingMode.HALF_UP).multiply(step));
    }

    /**
     * The part of {@code whole} that belongs to {@code part} of {@code of} units, rounded half up. Shares taken one
     * after another as {@code share(whole, upTo, of) − share(whole, before, of)} add up to the whole exactly.
     */
    public static BigDecimal share(BigDecimal whole, int part, int of) {
        return whole.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(of), Money.SCALE, RoundingMode.HALF_UP);
    }

    /**
     * What {@code quantity} of a line of {@code sold} units that cost {@code whole} gives back when {@code before}
     * came back already: returned in parts, the line gives back exactly what it cost, to the cent.
     */
    public static BigDecimal returnedShare(BigDecimal whole, int before, int quantity, int sold) {
        return share(whole, before + quantity, sold).subtract(share(whole, before, sold));
    }
}
